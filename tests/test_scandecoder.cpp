#include "ScanDecoder.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

namespace {
ScanDecoder decoderFor(ScanDecoder::Framing framing, int maxLength = 512)
{
    ScanDecoder::Options options;
    options.framing = framing;
    options.maxFrameLength = maxLength;
    return ScanDecoder(options);
}

QStringList codes(const ScanDecoder::Output& output)
{
    QStringList list;
    for (const ScanDecoder::Frame& frame : output.frames)
        list.append(frame.code);
    return list;
}

// Feeds the bytes one read at a time, as a serial port delivers them, and gathers everything.
ScanDecoder::Output feedInPieces(ScanDecoder& decoder, const QList<QByteArray>& pieces)
{
    ScanDecoder::Output all;
    for (const QByteArray& piece : pieces) {
        ScanDecoder::Output output = decoder.feed(piece);
        all.frames.append(output.frames);
        all.diagnostics.append(output.diagnostics);
    }
    return all;
}
} // namespace

class TestScanDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void eachFramingEndsCodes_data()
    {
        QTest::addColumn<ScanDecoder::Framing>("framing");
        QTest::addColumn<QByteArray>("bytes");
        const QStringList expected = {QStringLiteral("0420000000013"), QStringLiteral("ABC123")};
        QTest::newRow("cr") << ScanDecoder::Framing::CR << QByteArray("0420000000013\rABC123\r");
        QTest::newRow("lf") << ScanDecoder::Framing::LF << QByteArray("0420000000013\nABC123\n");
        QTest::newRow("crlf") << ScanDecoder::Framing::CRLF << QByteArray("0420000000013\r\nABC123\r\n");
        QTest::newRow("tab") << ScanDecoder::Framing::Tab << QByteArray("0420000000013\tABC123\t");
        QTest::newRow("stx-etx") << ScanDecoder::Framing::StxEtx
                                 << QByteArray("\x02"
                                               "0420000000013\x03\x02"
                                               "ABC123\x03");
        QTest::newRow("auto cr") << ScanDecoder::Framing::Auto << QByteArray("0420000000013\rABC123\r");
        QTest::newRow("auto crlf") << ScanDecoder::Framing::Auto << QByteArray("0420000000013\r\nABC123\r\n");
        QTest::newRow("auto tab") << ScanDecoder::Framing::Auto << QByteArray("0420000000013\tABC123\n");
        QTest::newRow("auto stx-etx") << ScanDecoder::Framing::Auto
                                      << QByteArray("\x02"
                                                    "0420000000013\x03\x02"
                                                    "ABC123\x03\r\n");
    }
    void eachFramingEndsCodes()
    {
        QFETCH(ScanDecoder::Framing, framing);
        QFETCH(QByteArray, bytes);
        ScanDecoder decoder = decoderFor(framing);
        const ScanDecoder::Output output = decoder.feed(bytes);
        QCOMPARE(codes(output), QStringList({QStringLiteral("0420000000013"), QStringLiteral("ABC123")}));
        QVERIFY2(output.diagnostics.isEmpty(), qPrintable(output.diagnostics.join(u'\n')));
        QCOMPARE(decoder.pendingBytes(), 0);
    }

    void partialReadsAreJoined()
    {
        ScanDecoder decoder = decoderFor(ScanDecoder::Framing::CRLF);
        const auto output = feedInPieces(decoder, {"042000", "00000", "13\r", "\nABC", "123\r\n"});
        QCOMPARE(codes(output), QStringList({QStringLiteral("0420000000013"), QStringLiteral("ABC123")}));
        // Every split of one frame gives the same code.
        const QByteArray frame = "\x02]E00420000000013\x03";
        for (qsizetype cut = 0; cut <= frame.size(); ++cut) {
            ScanDecoder stx = decoderFor(ScanDecoder::Framing::StxEtx);
            const auto split = feedInPieces(stx, {frame.left(cut), frame.mid(cut)});
            QCOMPARE(codes(split), QStringList{QStringLiteral("0420000000013")});
            QCOMPARE(split.frames.first().symbology, QStringLiteral("]E0"));
        }
    }

    void aimIdentifiersAreStrippedAndKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("symbology");
        QTest::newRow("ean-13") << QByteArray("]E00420000000013\r") << QStringLiteral("0420000000013")
                                << QStringLiteral("]E0");
        QTest::newRow("code 128") << QByteArray("]C1ABCDEFGHJKM\r") << QStringLiteral("ABCDEFGHJKM")
                                  << QStringLiteral("]C1");
        QTest::newRow("qr tel") << QByteArray("]Q1tel:+79123456789\n") << QStringLiteral("tel:+79123456789")
                                << QStringLiteral("]Q1");
        QTest::newRow("none") << QByteArray("0420000000013\r") << QStringLiteral("0420000000013")
                              << QString();
        QTest::newRow("bracket only") << QByteArray("]\r") << QStringLiteral("]") << QString();
    }
    void aimIdentifiersAreStrippedAndKept()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, symbology);
        ScanDecoder decoder;
        const auto output = decoder.feed(bytes);
        QCOMPARE(output.frames.size(), 1);
        QCOMPARE(output.frames.first().code, code);
        QCOMPARE(output.frames.first().symbology, symbology);
    }

    void prefixAndSuffixAreStripped()
    {
        ScanDecoder::Options options;
        options.prefix = QStringLiteral("#");
        options.suffix = QStringLiteral("*");
        ScanDecoder decoder(options);
        const auto output = decoder.feed("#]E00420000000013*\r#ABC123*\rXYZ\r");
        QCOMPARE(codes(output), QStringList({QStringLiteral("0420000000013"), QStringLiteral("ABC123"),
                                             QStringLiteral("XYZ")}));
        QCOMPARE(output.frames.first().symbology, QStringLiteral("]E0"));
    }

    void garbageAndBinaryNoiseNeverBecomeCodes()
    {
        ScanDecoder decoder;
        const QByteArray bytes = QByteArray("\xff\xfe\x80\x81\r", 5) +
                                 QByteArray("\x00\x01\x07junk\x1b\r", 9) + QByteArray("0420000000013\r") +
                                 QByteArray("\r\n\n\t");
        const auto output = decoder.feed(bytes);
        QCOMPARE(codes(output), QStringList{QStringLiteral("0420000000013")});
        QCOMPARE(output.diagnostics.size(), 2);
        QVERIFY(output.diagnostics[0].contains(QStringLiteral("baud rate")));
        QVERIFY(output.diagnostics[1].contains(QStringLiteral("00 01 07")));

        // UTF-8 from a QR code is text, not noise; so is the GS separator of GS1 codes.
        const auto text = decoder.feed("Анна\r]d2\x1d"
                                       "0104012345678901\r");
        QCOMPARE(codes(text), QStringList({QStringLiteral("Анна"), QStringLiteral("\x1d"
                                                                                  "0104012345678901")}));

        ScanDecoder stx = decoderFor(ScanDecoder::Framing::StxEtx);
        const auto outside = stx.feed("noise\x02"
                                      "ABC123\x03\r\n");
        QCOMPARE(codes(outside), QStringList{QStringLiteral("ABC123")});
        QCOMPARE(outside.diagnostics.size(), 1);
        QVERIFY(outside.diagnostics[0].contains(QStringLiteral("outside STX")));
        // A frame cut off by the next STX is reported, not glued to the next one.
        const auto cut = stx.feed("\x02"
                                  "ABC\x02"
                                  "DEF456\x03");
        QCOMPARE(codes(cut), QStringList{QStringLiteral("DEF456")});
        QCOMPARE(cut.diagnostics.size(), 1);
    }

    void overlongFramesAreDiscardedWithADiagnostic()
    {
        ScanDecoder decoder = decoderFor(ScanDecoder::Framing::CR, 32);
        const QByteArray endless(100, 'A');
        auto output = feedInPieces(decoder, {endless.left(40), endless.mid(40), "BBB\r", "0420000000013\r"});
        // The tail of the long frame up to its end mark is dropped too; the next code is read.
        QCOMPARE(codes(output), QStringList{QStringLiteral("0420000000013")});
        QCOMPARE(output.diagnostics.size(), 1);
        QVERIFY(output.diagnostics[0].contains(QStringLiteral("longer than 32 bytes")));
        QVERIFY(decoder.pendingBytes() <= 32);
        // A scanner with the wrong framing (LF while CR is expected) never fills memory.
        for (int i = 0; i < 1000; ++i)
            decoder.feed("0420000000013\n");
        QVERIFY(decoder.pendingBytes() <= 32);
    }

    void framingKeysRoundTrip()
    {
        for (ScanDecoder::Framing framing : ScanDecoder::allFramings()) {
            QCOMPARE(ScanDecoder::framingFromKey(ScanDecoder::framingKey(framing)), framing);
            QVERIFY(!ScanDecoder::framingName(framing).isEmpty());
        }
        QVERIFY(!ScanDecoder::framingFromKey(u"semicolon"));
    }

    // A million random frames (REGULARS_FUZZ_FRAMES sets another count): no crash, bounded memory, and every
    // code within the limit and free of control characters.
    void fuzzRandomFrames()
    {
        const qint64 frames = qEnvironmentVariableIsSet("REGULARS_FUZZ_FRAMES")
                                  ? qEnvironmentVariable("REGULARS_FUZZ_FRAMES").toLongLong()
                                  : 1'000'000;
        QRandomGenerator random(20261123);
        static const char terminators[] = {'\r', '\n', '\t', 0x02, 0x03};
        const QList<ScanDecoder::Framing> framings = ScanDecoder::allFramings();
        QList<ScanDecoder> decoders;
        for (ScanDecoder::Framing framing : framings)
            decoders.append(decoderFor(framing, 64));
        QByteArray frame;
        frame.reserve(160);
        qint64 codesRead = 0;
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < frames; ++i) {
            frame.clear();
            const quint32 shape = random.generate();
            const int length = int(shape % 97);
            const bool printable = (shape >> 8) % 4 != 0;
            if ((shape >> 12) % 5 == 0)
                frame.append("]E0");
            for (int j = 0; j < length; ++j) {
                const quint32 r = random.generate();
                frame.append(printable ? char(0x21 + r % 94) : char(r & 0xFF));
            }
            frame.append(terminators[(shape >> 16) % 5]);
            ScanDecoder& decoder = decoders[qsizetype((shape >> 20) % quint32(decoders.size()))];
            // Split where a serial read could end.
            const qsizetype cut = (shape >> 24) % (frame.size() + 1);
            for (QByteArrayView piece :
                 {QByteArrayView(frame).first(cut), QByteArrayView(frame).sliced(cut)}) {
                const ScanDecoder::Output output = decoder.feed(piece);
                for (const ScanDecoder::Frame& read : output.frames) {
                    ++codesRead;
                    if (read.code.isEmpty() || read.code.size() > 64)
                        QFAIL(qPrintable(QStringLiteral("bad code of %1 characters").arg(read.code.size())));
                }
                if (output.diagnostics.size() > ScanDecoder::MaxDiagnosticsPerRead + 1)
                    QFAIL("too many diagnostics for one read");
            }
            if (decoder.pendingBytes() > 64)
                QFAIL("a partial frame grew past the limit");
        }
        QVERIFY(codesRead > 0);
        qInfo("%lld random frames decoded in %lld ms, %lld codes", frames, timer.elapsed(), codesRead);
    }
};

QTEST_GUILESS_MAIN(TestScanDecoder)
#include "test_scandecoder.moc"
