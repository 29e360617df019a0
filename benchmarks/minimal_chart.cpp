// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// minimal_chart: the baseline for plan_bench's screenshot timing. The smallest Qt program that
// does what Hearth's start-up has to do at least: open a QSQLITE connection and show one
// (empty) chart window offscreen, then grab it to a PNG.
//   minimal_chart DATABASE OUTPUT.png
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPixmap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: minimal_chart DATABASE OUTPUT.png\n");
        return 2;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("minimal"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open()) {
            std::fprintf(stderr, "minimal_chart: cannot open %s\n", argv[1]);
            return 1;
        }
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        query.next();

        QChartView view(new QChart);
        view.resize(1280, 800);
        view.show();
        for (int pass = 0; pass < 3; ++pass)
            QApplication::processEvents();
        if (!view.grab().save(QString::fromLocal8Bit(argv[2]), "PNG"))
            return 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("minimal"));
    return 0;
}
