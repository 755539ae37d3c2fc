# The assistant's tests (included from tests/CMakeLists.txt).
foreach(name commandparser assistant selection)
    carillon_add_test(tst_${name}
        SOURCES unit/tst_${name}.cpp support/TestWorkspace.h
        LIBS carillon_assistant
        LABELS unit assistant)
endforeach()
