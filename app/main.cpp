#include "Cli.h"

int main(int argc, char *argv[])
{
    return carillon::cli::main(argc, argv);
}
