// The MIME parts of real-world mail, read through the same entry point the pipeline uses: report
// parts kept as files, winmail.dat opened, uuencoded files taken out of the text, names for
// unnamed parts, broken structure still read, and a body that reads as a mail client shows it.

#include "mail/HtmlText.h"
#include "mail/MailParser.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <QtTest>

#include <glib.h>

#include <cstdint>
#include <fstream>

using namespace helpdesk::mail;

namespace {
std::string message(const std::string &headers, const std::string &body)
{
    return "From: Carol <carol@acme.example>\r\nTo: support@desk.example\r\nSubject: Test\r\n"
           "Message-ID: <t1@acme.example>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
           headers + "\r\n" + body;
}

std::string mixed(const std::string &parts)
{
    return message("Content-Type: multipart/mixed; boundary=\"b\"\r\n", parts + "--b--\r\n");
}

std::string base64(const std::string &bytes)
{
    gchar *encoded = g_base64_encode(reinterpret_cast<const guchar *>(bytes.data()), bytes.size());
    std::string out = encoded;
    g_free(encoded);
    return out;
}

QByteArrayList filenamesOf(const ParsedMail &mail)
{
    QByteArrayList names;
    for (const auto &a : mail.attachments)
        names << QByteArray::fromStdString(a.filename);
    return names;
}

std::string littleEndian(std::uint32_t value, int bytes)
{
    std::string out;
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFF);
    return out;
}

/// One TNEF attribute: level, id, length, data, checksum (MS-OXTNEF 2.1.3.1).
std::string tnefAttribute(char level, std::uint32_t id, const std::string &data)
{
    std::uint16_t sum = 0;
    for (unsigned char c : data)
        sum = static_cast<std::uint16_t>(sum + c);
    return level + littleEndian(id, 4) + littleEndian(static_cast<std::uint32_t>(data.size()), 4) + data +
           littleEndian(sum, 2);
}

struct TnefFile {
    std::string shortName; // attAttachTitle
    std::string longName;  // PR_ATTACH_LONG_FILENAME, "" for none
    std::string content;
    bool brokenProperties = false; // a MAPI block whose checksum holds but whose count is 0
};

/// A winmail.dat as Outlook writes one: the message's attributes, then per file its rendering
/// data, title, data and (when it has a long name) its MAPI properties.
std::string winmailDat(const std::vector<TnefFile> &files)
{
    constexpr std::uint32_t kSignature = 0x223E9F78, kVersion = 0x00089006, kMessageClass = 0x00078008,
                            kRenderData = 0x00069002, kTitle = 0x00018010, kData = 0x0006800F,
                            kAttachmentProperties = 0x00069005, kLongFilenameString8 = 0x3707001E;
    std::string out = littleEndian(kSignature, 4) + littleEndian(0x1234, 2);
    out += tnefAttribute(1, kVersion, littleEndian(0x00010000, 4));
    out += tnefAttribute(1, kMessageClass, std::string("IPM.Microsoft Mail.Note") + '\0');
    for (const auto &file : files) {
        out += tnefAttribute(2, kRenderData, littleEndian(1, 2) + littleEndian(0xFFFFFFFF, 4) + std::string(8, '\0'));
        out += tnefAttribute(2, kTitle, file.shortName + '\0');
        out += tnefAttribute(2, kData, file.content);
        if (file.brokenProperties)
            out += tnefAttribute(2, kAttachmentProperties, littleEndian(0, 4));
        if (!file.longName.empty()) {
            std::string value = file.longName + '\0';
            value += std::string((4 - value.size() % 4) % 4, '\0');
            out += tnefAttribute(2, kAttachmentProperties,
                                 littleEndian(1, 4) + littleEndian(kLongFilenameString8, 4) + littleEndian(1, 4) +
                                     littleEndian(static_cast<std::uint32_t>(file.longName.size() + 1), 4) + value);
        }
    }
    return out;
}

std::string withWinmailDat(const std::string &dat)
{
    return mixed("--b\r\nContent-Type: text/plain\r\n\r\nPlease see the report.\r\n"
                 "--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\n"
                 "Content-Disposition: attachment; filename=\"winmail.dat\"\r\n"
                 "Content-Transfer-Encoding: base64\r\n\r\n" +
                 base64(dat) + "\r\n");
}

const std::string kHelloUuencoded = "begin 644 hello.txt\n82&5L;&\\L('5U96YC;V1E9\"!W;W)L9\"$*\n`\nend\n";
const std::string kBytesUuencoded = "begin 600 bytes.bin\n"
                                    "M  ,&\"0P/$A48&QXA)\"<J+3 S-CD\\/T)%2$M.45176EU@8V9I;&]R=7A[?H&$"
                                    "\n"
                                    "IAXJ-D).6F9R?HJ6HJZZQM+>ZO<##QLG,S]+5V-O>X>3GZNWP\\_;Y_/\\ "
                                    "\n`\nend\n";

std::string everyThirdByte()
{
    std::string bytes;
    for (int i = 0; i < 256; i += 3)
        bytes += static_cast<char>(i);
    return bytes;
}
} // namespace

class TestMailParts : public QObject
{
    Q_OBJECT

private slots:
    void reportPartsAreKeptAsFiles_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("files");
        QTest::addColumn<QByteArray>("bouncedMessageId"); // "" when the message is no bounce
        const std::string status = "Reporting-MTA: dns; mx.customer.example\r\n\r\n"
                                   "Final-Recipient: rfc822; victor@customer.example\r\nAction: failed\r\n"
                                   "Status: 5.1.1\r\n";
        QTest::newRow("a bounce returning the whole message")
            << QByteArray::fromStdString(message(
                   "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n",
                   "--r\r\nContent-Description: Notification\r\nContent-Type: text/plain\r\n\r\n"
                   "The mail could not be delivered to victor.\r\n"
                   "--r\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" +
                       status +
                       "--r\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n\r\n"
                       "From: desk@desk.example\r\nSubject: Re: printer [Ticket#10010]\r\n"
                       "Message-ID: <sent-1@desk.example>\r\n\r\nHello\r\n--r--\r\n"))
            << QByteArray("The mail could not be delivered to victor.")
            << QByteArrayList{"Delivery report.txt", "Re: printer [Ticket#10010].eml"}
            << QByteArray("sent-1@desk.example");
        QTest::newRow("a bounce returning the headers only")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n",
                           "--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
                           "--r\r\nContent-Type: message/delivery-status\r\n\r\n" +
                               status +
                               "--r\r\nContent-Type: text/rfc822-headers\r\n\r\nX-Message-ID: <not-this@x>\r\n"
                               "Message-ID: <sent-2@desk.example>\r\nSubject: x\r\n--r--\r\n"))
            << QByteArray("Delivery failed.") << QByteArrayList{"delivery-status.txt", "rfc822-headers.txt"}
            << QByteArray("sent-2@desk.example");
        QTest::newRow("a read receipt")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/report; report-type=disposition-notification; boundary=\"r\"\r\n",
                           "--r\r\nContent-Type: text/plain\r\n\r\nYour message was displayed.\r\n"
                           "--r\r\nContent-Type: message/disposition-notification\r\n\r\n"
                           "Final-Recipient: rfc822; victor@customer.example\r\n"
                           "Disposition: manual-action/MDN-sent-manually; displayed\r\n--r--\r\n"))
            << QByteArray("Your message was displayed.") << QByteArrayList{"disposition-notification.txt"}
            << QByteArray("");
    }

    void reportPartsAreKeptAsFiles()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, files);
        QFETCH(QByteArray, bouncedMessageId);
        auto mail = MailParser::parse(raw.toStdString());
        QCOMPARE(QByteArray::fromStdString(mail.text), text);
        QCOMPARE(filenamesOf(mail), files);
        QCOMPARE(mail.bounce.has_value(), !bouncedMessageId.isEmpty());
        if (mail.bounce) {
            QCOMPARE(QByteArray::fromStdString(mail.bounce->originalMessageId), bouncedMessageId);
            QCOMPARE(mail.bounce->status, std::string("5.1.1"));
            QCOMPARE(mail.bounce->recipient, std::string("victor@customer.example"));
            QVERIFY(mail.attachments.front().content.find("Status: 5.1.1") != std::string::npos);
        }
    }

    void winmailDatIsKeptWithTheFilesInside()
    {
        std::string png = "\x89PNG\r\n\x1a\n" + std::string(3000, 'p');
        auto dat =
            winmailDat({{"REPORT.TXT", "Quarterly report 2026.txt", "quarterly figures\n"}, {"photo.png", "", png}});
        auto mail = MailParser::parse(withWinmailDat(dat));
        QCOMPARE(mail.text, std::string("Please see the report."));
        QCOMPARE(filenamesOf(mail), (QByteArrayList{"winmail.dat", "Quarterly report 2026.txt", "photo.png"}));
        QCOMPARE(mail.attachments[0].content, dat);
        QCOMPARE(mail.attachments[0].contentType, std::string("application/ms-tnef"));
        QCOMPARE(mail.attachments[1].content, std::string("quarterly figures\n"));
        QCOMPARE(mail.attachments[1].contentType, std::string("text/plain"));
        QCOMPARE(mail.attachments[2].content, png);
        QCOMPARE(mail.attachments[2].contentType, std::string("image/png"));
        QVERIFY(!mail.attachments[2].isInline);
    }

    void aDamagedWinmailDatGivesTheFilesBeforeTheDamage_data()
    {
        QTest::addColumn<int>("cut"); // bytes cut off the end; negative: the bytes kept
        QTest::addColumn<bool>("brokenProperties");
        QTest::addColumn<QByteArrayList>("files");
        QTest::newRow("cut in the second file") << 100 << false << QByteArrayList{"winmail.dat", "first.txt"};
        QTest::newRow("cut in the signature") << -4 << false << QByteArrayList{"winmail.dat"};
        QTest::newRow("a broken property block after the first file")
            << 0 << true << QByteArrayList{"winmail.dat", "first.txt"};
    }

    void aDamagedWinmailDatGivesTheFilesBeforeTheDamage()
    {
        QFETCH(int, cut);
        QFETCH(bool, brokenProperties);
        QFETCH(QByteArrayList, files);
        auto dat = winmailDat({{"first.txt", "", "one", brokenProperties}, {"second.bin", "", std::string(400, 's')}});
        dat = cut >= 0 ? dat.substr(0, dat.size() - static_cast<std::size_t>(cut))
                       : dat.substr(0, static_cast<std::size_t>(-cut));
        auto raw = withWinmailDat(dat);
        QCOMPARE(filenamesOf(MailParser::parse(raw)), files);

        // libytnef prints to stdout when a stream breaks off or a block is broken; parse-mail's
        // output stays JSON.
        Poco::TemporaryFile file;
        std::ofstream(file.path(), std::ios::binary) << raw;
        Poco::Pipe out;
        auto handle = Poco::Process::launch(std::string(HELPDESK_BIN_DIR) + "/helpdesk-server",
                                            {"parse-mail", file.path()}, nullptr, &out, nullptr);
        Poco::PipeInputStream in(out);
        std::string json;
        Poco::StreamCopier::copyToString(in, json);
        QCOMPARE(handle.wait(), 0);
        QCOMPARE(helpdesk::protocol::parseJsonObject(json)->getArray("attachments")->size(),
                 static_cast<std::size_t>(files.size()));
    }

    void uuencodedFilesLeaveTheText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("files");
        QTest::newRow("one file between words")
            << QByteArray::fromStdString("Hello,\nhere is the file:\n\n" + kHelloUuencoded + "\nRegards\nCarol\n")
            << QByteArray("Hello,\nhere is the file:\n\n\nRegards\nCarol\n") << QByteArrayList{"hello.txt"};
        QTest::newRow("two files, binary bytes included")
            << QByteArray::fromStdString("Two files.\n" + kHelloUuencoded + kBytesUuencoded + "Bye\n")
            << QByteArray("Two files.\nBye\n") << QByteArrayList{"hello.txt", "bytes.bin"};
        QTest::newRow("a block without its end stays text")
            << QByteArray("Look:\nbegin 644 notes.txt\nthis is just prose\n")
            << QByteArray("Look:\nbegin 644 notes.txt\nthis ") << QByteArrayList{};
    }

    void uuencodedFilesLeaveTheText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, files);
        auto mail = MailParser::parse(message("Content-Type: text/plain\r\n", body.toStdString()));
        QVERIFY2(QByteArray::fromStdString(mail.text).startsWith(text), mail.text.c_str());
        QCOMPARE(filenamesOf(mail), files);
        if (files.isEmpty())
            return;
        QCOMPARE(mail.attachments[0].content, std::string("Hello, uuencoded world!\n"));
        QCOMPARE(mail.attachments[0].contentType, std::string("text/plain"));
        if (files.size() > 1)
            QCOMPARE(mail.attachments[1].content, everyThirdByte());
    }

    void aUuencodedTransferEncodingIsDecoded_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("filename");
        QTest::newRow("with its begin line, unnamed")
            << QByteArray::fromStdString(kHelloUuencoded) << QByteArray("hello.txt");
        QTest::newRow("without a begin line, named") << QByteArray::fromStdString("82&5L;&\\L('5U96YC;V1E9\"!W;W)L9\"$*"
                                                                                  "\n`\n")
                                                     << QByteArray("notes.txt");
    }

    void aUuencodedTransferEncodingIsDecoded()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, filename);
        std::string name = filename == "notes.txt" ? "; name=\"notes.txt\"" : "";
        auto mail = MailParser::parse(mixed("--b\r\nContent-Type: text/plain\r\n\r\nSee file\r\n"
                                            "--b\r\nContent-Type: application/octet-stream" +
                                            name + "\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n" +
                                            encoded.toStdString() + "--b--\r\n"));
        QCOMPARE(filenamesOf(mail), QByteArrayList{filename});
        QCOMPARE(mail.attachments[0].content.substr(0, 24), std::string("Hello, uuencoded world!\n").substr(0, 24));
    }

    void unnamedPartsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("part"); // the fields and body of one part
        QTest::addColumn<QByteArray>("filename");
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("the Content-Disposition file name first")
            << QByteArray("Content-Type: application/pdf; name=\"b.pdf\"\r\nContent-Disposition: attachment; "
                          "filename=\"a.pdf\"\r\n\r\n%PDF\r\n")
            << QByteArray("a.pdf") << QByteArray("from Content-Disposition filename");
        QTest::newRow("then the Content-Type name")
            << QByteArray("Content-Type: application/pdf; name=\"b.pdf\"\r\n\r\n%PDF\r\n") << QByteArray("b.pdf")
            << QByteArray("from Content-Type name");
        QTest::newRow("a colon stays, slashes and control characters go")
            << QByteArray("Content-Type: text/plain; name=\"Re: plan 1/2\tfinal\\\\x.txt\"\r\n\r\nx\r\n")
            << QByteArray("Re: plan 1_2_final_x.txt") << QByteArray("from Content-Type name");
        QTest::newRow("a right-to-left override cannot disguise the extension")
            << QByteArray("Content-Type: application/octet-stream; name*=UTF-8''invoice%E2%80%AEfdp.exe\r\n\r\nx\r\n")
            << QByteArray("invoice_fdp.exe") << QByteArray("from Content-Type name");
        QTest::newRow("then Content-Description, with the type's extension")
            << QByteArray("Content-Type: application/pdf\r\nContent-Description: Signed contract\r\n\r\n%PDF\r\n")
            << QByteArray("Signed contract.pdf") << QByteArray("from Content-Description");
        QTest::newRow("an attached message by its subject")
            << QByteArray("Content-Type: message/rfc822\r\nContent-Description: Forwarded message\r\n\r\n"
                          "From: a@b.example\r\nSubject: Re: Invoice 7/2026\r\n\r\nbody\r\n")
            << QByteArray("Re: Invoice 7_2026.eml") << QByteArray("from the attached message's subject");
        QTest::newRow("an attached message without a subject by its description")
            << QByteArray("Content-Type: message/rfc822\r\nContent-Description: Undelivered Message\r\n\r\n"
                          "From: a@b.example\r\n\r\nbody\r\n")
            << QByteArray("Undelivered Message.eml") << QByteArray("from Content-Description");
        QTest::newRow("an Outlook image by its Content-ID")
            << QByteArray("Content-Type: image/png\r\nContent-ID: <image001.png@01D9A1B2.C3D4E5F0>\r\n\r\npng\r\n")
            << QByteArray("image001.png") << QByteArray("from Content-ID");
        QTest::newRow("then from the type: JPEG") << QByteArray("Content-Type: image/jpeg\r\n\r\njpg\r\n")
                                                  << QByteArray("image.jpg") << QByteArray("from its type");
        QTest::newRow("then from the type: PDF") << QByteArray("Content-Type: application/pdf\r\n\r\n%PDF\r\n")
                                                 << QByteArray("file.pdf") << QByteArray("from its type");
        QTest::newRow("then from the type: text sent as a file")
            << QByteArray("Content-Type: text/plain\r\nContent-Disposition: attachment\r\n\r\nnotes\r\n")
            << QByteArray("document.txt") << QByteArray("from its type");
        QTest::newRow("then from the type: HTML sent as a file")
            << QByteArray("Content-Type: text/html\r\nContent-Disposition: attachment\r\n\r\n<p>notes</p>\r\n")
            << QByteArray("document.html") << QByteArray("from its type");
        QTest::newRow("an Exchange part by the file name its Content-Location ends in")
            << QByteArray("Content-Type: image/png\r\nContent-Location: http://intranet.example/a/screen%201.png?x=1"
                          "\r\n\r\npng\r\n")
            << QByteArray("screen 1.png") << QByteArray("from Content-Location");
        QTest::newRow("a Content-Location that names no file")
            << QByteArray("Content-Type: image/png\r\nContent-Location: http://intranet.example/a/\r\n\r\npng\r\n")
            << QByteArray("image.png") << QByteArray("from its type");
        QTest::newRow("an empty attached message by its type, not its description")
            << QByteArray("Content-Type: message/rfc822\r\nContent-Description: Undelivered Message\r\n\r\n\r\n")
            << QByteArray("Mail.eml") << QByteArray("from its type (the attached message is empty)");
        QTest::newRow("an attached message with neither subject nor description by its type")
            << QByteArray("Content-Type: message/rfc822\r\n\r\nFrom: a@b.example\r\n\r\nbody\r\n")
            << QByteArray("Mail.eml") << QByteArray("from its type");
        QTest::newRow("an unknown type, its description no file name")
            << QByteArray("Content-Type: application/pgp-encrypted\r\nContent-Description: PGP/MIME version\r\n\r\n"
                          "Version: 1\r\n")
            << QByteArray("file") << QByteArray("from its type");
    }

    void unnamedPartsAreNamed()
    {
        QFETCH(QByteArray, part);
        QFETCH(QByteArray, filename);
        QFETCH(QByteArray, rule);
        auto mail = MailParser::parse(
            mixed("--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n--b\r\n" + part.toStdString() + "--b\r\n"));
        QCOMPARE(filenamesOf(mail), QByteArrayList{filename});
        auto explained = mail.explanationJson()->getArray("attachments");
        QVERIFY(explained);
        QCOMPARE(QByteArray::fromStdString(explained->getElement<std::string>(0)), filename + ": " + rule);
    }

    void madeUpNamesAreNumberedWhenTheyRepeat()
    {
        auto mail = MailParser::parse(mixed("--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
                                            "--b\r\nContent-Type: image/png\r\n\r\none\r\n"
                                            "--b\r\nContent-Type: image/png\r\n\r\ntwo\r\n"
                                            "--b\r\nContent-Type: image/png; name=image.png\r\n\r\nthree\r\n"));
        // A name the sender gave is kept as given, even when it repeats one.
        QCOMPARE(filenamesOf(mail), (QByteArrayList{"image.png", "image1.png", "image.png"}));
    }

    void brokenStructureIsStillRead_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("files");
        const std::string parts = "--b1\r\nContent-Type: text/plain\r\n\r\nHello there\r\n"
                                  "--b1\r\nContent-Type: application/pdf; name=x.pdf\r\n"
                                  "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n";
        QTest::newRow("the final boundary missing")
            << QByteArray::fromStdString(message("Content-Type: multipart/mixed; boundary=\"b1\"\r\n", parts))
            << QByteArray("Hello there") << QByteArrayList{"x.pdf"};
        QTest::newRow("a boundary declared that the body does not use")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/mixed; boundary=\"other\"\r\n", parts + "--b1--\r\n"))
            << QByteArray("Hello there") << QByteArrayList{"x.pdf"};
        QTest::newRow("no boundary declared")
            << QByteArray::fromStdString(message("Content-Type: multipart/mixed\r\n", parts + "--b1--\r\n"))
            << QByteArray("Hello there") << QByteArrayList{"x.pdf"};
        QTest::newRow("a transfer encoding on the multipart")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/mixed; boundary=\"b1\"\r\nContent-Transfer-Encoding: base64\r\n",
                           parts + "--b1--\r\n"))
            << QByteArray("Hello there") << QByteArrayList{"x.pdf"};
        QTest::newRow("the whole multipart base64-encoded")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/mixed; boundary=\"b1\"\r\nContent-Transfer-Encoding: base64\r\n",
                           base64(parts + "--b1--\r\n") + "\r\n"))
            << QByteArray("Hello there") << QByteArrayList{"x.pdf"};
        QTest::newRow("a multipart without any boundary line")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/mixed; boundary=\"b1\"\r\n", "Just a few words.\r\n"))
            << QByteArray("Just a few words.") << QByteArrayList{};
        QTest::newRow("a quoted-printable multipart without any boundary line")
            << QByteArray::fromStdString(message(
                   "Content-Type: multipart/mixed; boundary=\"b1\"\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                   "Gr=C3=BC=C3=9Fe from the =\r\nprinter room.\r\n"))
            << QByteArray("Grüße from the printer room.") << QByteArrayList{};
        QTest::newRow("base64 with garbage and uneven lines")
            << QByteArray::fromStdString(
                   message("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
                           "SGVsbG8g!!d29y\r\nbGQgaXMg@@aGVy\r\nZQ==\r\n"))
            << QByteArray("Hello world is here") << QByteArrayList{};
        QTest::newRow("quoted-printable with bad escapes")
            << QByteArray::fromStdString(
                   message("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                           "100% sure =ZZ a=3Db soft =\r\nbreak=C3=A9 end=\r\n"))
            << QByteArray("100% sure =ZZ a=b soft breaké end") << QByteArrayList{};
    }

    void brokenStructureIsStillRead()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, files);
        auto mail = MailParser::parse(raw.toStdString());
        QCOMPARE(QByteArray::fromStdString(mail.text).trimmed(), text);
        QCOMPARE(filenamesOf(mail), files);
        if (!files.isEmpty())
            QCOMPARE(mail.attachments[0].content, std::string("%PDF-1.4\n"));
    }

    void theBodyReadsAsAMailClientShowsIt_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("files");
        QTest::newRow("inline text parts joined in order (Apple Mail with a photo between)")
            << QByteArray::fromStdString(mixed("--b\r\nContent-Type: text/plain\r\n\r\nPart one.\r\n"
                                               "--b\r\nContent-Type: image/jpeg; name=photo.jpg\r\n"
                                               "Content-Disposition: inline; filename=photo.jpg\r\n\r\njpg\r\n"
                                               "--b\r\nContent-Type: text/plain\r\n\r\nPart two.\r\n"))
            << QByteArray("Part one.\nPart two.") << QByteArrayList{"photo.jpg"};
        QTest::newRow("a text part sent as an attachment is no body")
            << QByteArray::fromStdString(mixed("--b\r\nContent-Type: text/plain\r\n\r\nThe body.\r\n"
                                               "--b\r\nContent-Type: text/plain\r\nContent-Disposition: "
                                               "attachment\r\n\r\nA log file.\r\n"))
            << QByteArray("The body.") << QByteArrayList{"document.txt"};
        QTest::newRow("alternatives are one body")
            << QByteArray::fromStdString(
                   message("Content-Type: multipart/alternative; boundary=\"a\"\r\n",
                           "--a\r\nContent-Type: text/plain\r\n\r\nSame words.\r\n"
                           "--a\r\nContent-Type: text/html\r\n\r\n<p>Same <b>words</b>.</p>\r\n--a--\r\n"))
            << QByteArray("Same words.") << QByteArrayList{};
        QTest::newRow("text and HTML of the same words in a multipart/mixed are one body")
            << QByteArray::fromStdString(mixed("--b\r\nContent-Type: text/plain\r\n\r\nSame words here.\r\n"
                                               "--b\r\nContent-Type: text/html\r\n\r\n<p>Same words here.</p>\r\n"))
            << QByteArray("Same words here.") << QByteArrayList{};
        QTest::newRow("a mailing list footer after the alternatives")
            << QByteArray::fromStdString(
                   mixed("--b\r\nContent-Type: multipart/alternative; boundary=\"a\"\r\n\r\n"
                         "--a\r\nContent-Type: text/plain\r\n\r\nThe question.\r\n"
                         "--a\r\nContent-Type: text/html\r\n\r\n<p>The question.</p>\r\n--a--\r\n"
                         "--b\r\nContent-Type: text/plain\r\n\r\n-- \r\nlist@example.org, unsubscribe: x\r\n"))
            << QByteArray("The question.\n-- \nlist@example.org, unsubscribe: x") << QByteArrayList{};
    }

    void theBodyReadsAsAMailClientShowsIt()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, files);
        auto mail = MailParser::parse(raw.toStdString());
        QCOMPARE(QByteArray::fromStdString(mail.text), text);
        QCOMPARE(filenamesOf(mail), files);
        // The HTML view, when there is one, shows every part the text shows.
        if (mail.html) {
            auto shown = htmltext::toPlainText(*mail.html);
            for (const auto &line : text.split('\n'))
                if (!line.trimmed().isEmpty())
                    QVERIFY2(shown.find(line.trimmed().toStdString()) != std::string::npos, mail.html->c_str());
        }
    }

    void htmlOnlyMailWithInlineImagesReadsAsText()
    {
        // As Outlook writes it: a doctype, Word's conditional markers and styles, a cid: image.
        auto mail = MailParser::parse(
            message("Content-Type: multipart/related; boundary=\"r\"; type=\"text/html\"\r\n",
                    "--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\r\n"
                    "<?xml version=\"1.0\"?><html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                    "<meta charset=\"utf-8\"><style><!-- p.MsoNormal {margin:0cm; mso-style-priority:99;} --></style>"
                    "<!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\"/></xml><![endif]--></head>"
                    "<body><p class=MsoNormal>Hello Bob,<o:p></o:p></p>"
                    "<p><![if !supportLists]>1.<![endif]>The printer is offline.</p>"
                    "<p><img width=120 src=\"cid:image001.png@01D9A1B2.C3D4E5F0\" alt=\"\"></p>"
                    "<p>Carol</p></body></html>\r\n"
                    "--r\r\nContent-Type: image/png\r\nContent-ID: <image001.png@01D9A1B2.C3D4E5F0>\r\n"
                    "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--r--\r\n"));
        QCOMPARE(QString::fromStdString(mail.text), QStringLiteral("Hello Bob,\n1.The printer is offline.\nCarol"));
        QCOMPARE(filenamesOf(mail), QByteArrayList{"image001.png"});
        QVERIFY(mail.attachments[0].isInline);
        QCOMPARE(*mail.attachments[0].contentId, std::string("image001.png@01D9A1B2.C3D4E5F0"));
        QVERIFY(mail.html->find("cid:image001.png@01D9A1B2.C3D4E5F0") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMailParts)
#include "tst_mail_parts.moc"
