// Start-up work deferred behind the first frame (ui/AfterFirstPaint.h): it runs after the
// window has painted, not before; at the latest after its deadline when the window never
// paints; and not at all once its context is gone.

#include "support/DesktopIsolation.h"
#include "ui/AfterFirstPaint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTest>
#include <QWidget>

using carillon::ui::afterFirstPaint;

namespace {
class PaintCounter : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};
} // namespace

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceTheWindowHasPainted()
    {
        PaintCounter window;
        int paintsWhenRun = -1;
        int runs = 0;
        afterFirstPaint(
            &window, &window,
            [&] {
                paintsWhenRun = window.paints;
                ++runs;
            },
            60'000); // far away: only the paint can be what runs it here
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0); // not shown, not painted: still waiting
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runs, 1);
        QVERIFY(paintsWhenRun >= 1);
        window.repaint();
        QTest::qWait(100);
        QCOMPARE(runs, 1); // once
    }

    void runsAtTheDeadlineWhenTheWindowNeverPaints()
    {
        QWidget hidden;
        int runs = 0;
        QElapsedTimer clock;
        clock.start();
        afterFirstPaint(
            &hidden, &hidden, [&] { ++runs; }, 200);
        QTest::qWait(100);
        QCOMPARE(runs, 0);
        QTRY_COMPARE(runs, 1);
        QVERIFY(clock.elapsed() >= 200);
    }

    void skippedWhenItsContextIsGone()
    {
        PaintCounter window;
        auto *context = new QObject;
        int runs = 0;
        afterFirstPaint(
            &window, context, [&] { ++runs; }, 100);
        delete context;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        QCOMPARE(runs, 0);
    }

    void survivesTheWindowGoingFirst()
    {
        auto *window = new PaintCounter;
        int runs = 0;
        afterFirstPaint(
            window, qApp, [&] { ++runs; }, 100);
        delete window; // work that does not need the window still runs at the deadline
        QTRY_COMPARE(runs, 1);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_after_first_paint.moc"
