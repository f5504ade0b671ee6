#include "ui/TwoFactorDialog.h"

#include "core/TwoFactorClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <qrencode.h>

namespace helpdesk::client {

namespace {
QLineEdit *readOnlyField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    return field;
}
} // namespace

TwoFactorDialog::TwoFactorDialog(std::unique_ptr<TwoFactorClient> client, QWidget *parent)
    : QDialog(parent), m_client(std::move(client))
{
    setWindowTitle(tr("Two-factor sign-in"));
    m_state = new QLabel(tr("Asking the server…"), this);
    m_state->setObjectName(QStringLiteral("twoFactorState"));
    m_state->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("twoFactorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    // Turning it on: the key, then the first code.
    m_setupPanel = new QWidget(this);
    auto *setup = new QFormLayout(m_setupPanel);
    m_qr = new QLabel(m_setupPanel);
    m_qr->setObjectName(QStringLiteral("twoFactorQr"));
    m_secret = readOnlyField(QStringLiteral("twoFactorSecret"), m_setupPanel);
    m_uri = readOnlyField(QStringLiteral("twoFactorUri"), m_setupPanel);
    m_code = new QLineEdit(m_setupPanel);
    m_code->setObjectName(QStringLiteral("twoFactorCode"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setMaxLength(6);
    m_confirm = new QPushButton(tr("Turn on"), m_setupPanel);
    m_confirm->setObjectName(QStringLiteral("twoFactorConfirm"));
    auto *howTo = new QLabel(tr("Scan the QR code with an authenticator app (or type the key into it), then enter "
                                "the 6-digit code it shows."),
                             m_setupPanel);
    howTo->setWordWrap(true);
    setup->addRow(howTo);
    setup->addRow(m_qr);
    setup->addRow(tr("Key"), m_secret);
    setup->addRow(tr("Link"), m_uri);
    setup->addRow(tr("Code"), m_code);
    setup->addRow(m_confirm);
    m_setupPanel->hide();

    // Once on: the recovery codes, shown this once.
    m_codesPanel = new QWidget(this);
    auto *codes = new QVBoxLayout(m_codesPanel);
    auto *keep = new QLabel(tr("Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in "
                               "once if you lose your phone. They are not shown again."),
                            m_codesPanel);
    keep->setWordWrap(true);
    m_recoveryCodes = new QPlainTextEdit(m_codesPanel);
    m_recoveryCodes->setObjectName(QStringLiteral("recoveryCodes"));
    m_recoveryCodes->setReadOnly(true);
    codes->addWidget(keep);
    codes->addWidget(m_recoveryCodes);
    m_codesPanel->hide();

    // Already on: turning it off.
    m_onPanel = new QWidget(this);
    auto *off = new QFormLayout(m_onPanel);
    m_password = new QLineEdit(m_onPanel);
    m_password->setObjectName(QStringLiteral("twoFactorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_offCode = new QLineEdit(m_onPanel);
    m_offCode->setObjectName(QStringLiteral("twoFactorOffCode"));
    m_disable = new QPushButton(tr("Turn off"), m_onPanel);
    m_disable->setObjectName(QStringLiteral("twoFactorDisable"));
    off->addRow(tr("Password"), m_password);
    off->addRow(tr("Code or recovery code"), m_offCode);
    off->addRow(m_disable);
    m_onPanel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_done = buttons->button(QDialogButtonBox::Close);
    m_done->setObjectName(QStringLiteral("twoFactorDone"));
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_turnedOn ? accept() : reject(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_setupPanel);
    layout->addWidget(m_codesPanel);
    layout->addWidget(m_onPanel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_client.get(), &TwoFactorClient::statusLoaded, this, &TwoFactorDialog::showStatus);
    connect(m_client.get(), &TwoFactorClient::setUpReady, this, &TwoFactorDialog::showKey);
    connect(m_client.get(), &TwoFactorClient::enabled, this, &TwoFactorDialog::showRecoveryCodes);
    connect(m_client.get(), &TwoFactorClient::disabled, this, [this] {
        m_onPanel->hide();
        m_state->setText(tr("Two-factor sign-in is off: your password alone signs you in."));
    });
    connect(m_client.get(), &TwoFactorClient::failed, this, [this](const QString &reason) {
        showError(reason);
        m_confirm->setEnabled(true);
        m_disable->setEnabled(true);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_confirm->setEnabled(false);
        m_client->enable(m_code->text().trimmed());
    });
    connect(m_code, &QLineEdit::returnPressed, m_confirm, &QPushButton::click);
    connect(m_disable, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_disable->setEnabled(false);
        m_client->disable(m_password->text(), m_offCode->text().trimmed());
    });
    m_client->loadStatus();
}

TwoFactorDialog::~TwoFactorDialog() = default;

void TwoFactorDialog::showStatus(bool enabled, bool required, int recoveryCodesLeft)
{
    if (!enabled) {
        m_state->setText(required ? tr("Your role signs in with two factors: set up an authenticator app to go on.")
                                  : tr("Two-factor sign-in is off. Turn it on to ask for a code from your phone "
                                       "after the password."));
        m_client->setUp();
        return;
    }
    m_state->setText(tr("Two-factor sign-in is on; %n recovery code(s) left.", nullptr, recoveryCodesLeft));
    m_onPanel->setVisible(!required);
    if (required)
        m_state->setText(m_state->text() + QLatin1Char(' ') + tr("Your role requires it: it cannot be turned off."));
}

void TwoFactorDialog::showKey(const QString &secret, const QString &uri)
{
    m_secret->setText(secret);
    m_uri->setText(uri);
    m_uri->setCursorPosition(0);
    const QPixmap qr = qrCodeOf(uri);
    m_qr->setPixmap(qr);
    m_qr->setVisible(!qr.isNull());
    m_setupPanel->show();
    m_code->setFocus();
}

void TwoFactorDialog::showRecoveryCodes(const QStringList &codes)
{
    m_turnedOn = true;
    m_setupPanel->hide();
    m_error->hide();
    m_state->setText(tr("Two-factor sign-in is on."));
    m_recoveryCodes->setPlainText(codes.join(QLatin1Char('\n')));
    m_codesPanel->show();
    m_done->setText(tr("Done"));
}

void TwoFactorDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

QPixmap TwoFactorDialog::qrCodeOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int kModule = 5; // pixels per module
    constexpr int kQuiet = 4;  // the blank border readers need, in modules
    const int side = (code->width + 2 * kQuiet) * kModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + kQuiet) * kModule, (y + kQuiet) * kModule, kModule, kModule, Qt::black);
    painter.end();
    QRcode_free(code);
    return QPixmap::fromImage(image);
}

} // namespace helpdesk::client
