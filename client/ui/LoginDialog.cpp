#include "ui/LoginDialog.h"

#include "core/AccountSession.h"
#include "core/TwoFactorClient.h"
#include "ui/TwoFactorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace helpdesk::client {

LoginDialog::LoginDialog(AccountSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in to Helpdesk"));
    m_servers = new QComboBox(this);
    m_servers->setObjectName(QStringLiteral("recentServers"));
    m_servers->setEditable(true);
    m_servers->setInsertPolicy(QComboBox::NoInsert);
    m_servers->addItems(recentServers());
    m_server = m_servers->lineEdit();
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setText(m_servers->count() ? m_servers->itemText(0) : QStringLiteral("http://127.0.0.1:8080"));
    // Wide enough for a whole address with a port, not a cut "ttp://127.0.0.1:8080".
    m_servers->setMinimumWidth(
        m_server->fontMetrics().horizontalAdvance(QStringLiteral("https://helpdesk.example.com:8443")) + 48);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("agent@example.com"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("twoFactorCode"));
    m_code->setPlaceholderText(tr("6-digit code or a recovery code"));
    m_codeLabel = new QLabel(tr("Code"), this);
    m_plainWarning = new QLabel(this);
    m_plainWarning->setObjectName(QStringLiteral("plainHttpWarning"));
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setTextFormat(Qt::PlainText);
    m_plainWarning->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_allowPlain = new QCheckBox(tr("Sign in without encryption anyway"), this);
    m_allowPlain->setObjectName(QStringLiteral("allowPlainHttp"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_servers);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_codeLabel, m_code);
    m_codeLabel->hide(); // asked for once the server says the account needs it
    m_code->hide();
    auto *forgot =
        new QLabel(QStringLiteral("<a href=\"#\">%1</a>").arg(tr("Forgot your password?").toHtmlEscaped()), this);
    forgot->setObjectName(QStringLiteral("forgotPassword"));
    forgot->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(forgot, &QLabel::linkActivated, this, [this] { forgotPassword(); });
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    // The product's name and icon over the form.
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    auto *product = new QLabel(tr("Helpdesk"), this);
    product->setObjectName(QStringLiteral("productName"));
    QFont big = product->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    product->setFont(big);
    auto *tagline = new QLabel(tr("Sign in to your desk"), this);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(product);
    titles->addWidget(tagline);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(logo);
    header->addLayout(titles, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_server, &QLineEdit::textChanged, this, [this] { checkEncryption(); });
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a warning or the code field
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(forgot);
    layout->addWidget(m_notice);
    layout->addWidget(m_plainWarning);
    layout->addWidget(m_allowPlain);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(&m_session, &AccountSession::signInFailed, this, [this](const QString &reason) {
        showError(reason);
        m_signIn->setEnabled(true);
    });
    connect(&m_session, &AccountSession::secondFactorNeeded, this, &LoginDialog::askForSecondFactor);
    connect(&m_session, &AccountSession::twoFactorSetupNeeded, this, &LoginDialog::setUpSecondFactor);
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        rememberServer(m_server->text().trimmed());
        accept();
    });
    connect(&m_session, &AccountSession::passwordResetRequested, this, [this](const QString &email) {
        m_error->hide();
        m_notice->setText(tr("If %1 has an account on this server, a link to choose a new password is on its way "
                             "there.")
                              .arg(email));
        m_notice->show();
    });
    connect(&m_session, &AccountSession::passwordResetFailed, this, &LoginDialog::showError);
    // Another account or server: its second factor is asked for anew.
    auto forgetCode = [this] {
        m_code->clear();
        m_code->hide();
        m_codeLabel->hide();
    };
    for (auto *field : {m_server, m_email})
        connect(field, &QLineEdit::textEdited, this, forgetCode);
    connect(m_servers, &QComboBox::activated, this, forgetCode); // a recent server picked from the list
    checkEncryption();
}

void LoginDialog::setServer(const QString &url)
{
    m_server->setText(url);
}

QStringList LoginDialog::recentServers()
{
    return QSettings().value(QStringLiteral("login/recent_servers")).toStringList();
}

void LoginDialog::rememberServer(const QString &url)
{
    if (url.isEmpty())
        return;
    auto servers = recentServers();
    servers.removeAll(url);
    servers.prepend(url);
    QSettings().setValue(QStringLiteral("login/recent_servers"), servers.mid(0, kMaxRecent));
}

void LoginDialog::forgotPassword()
{
    const QUrl page = forgotPasswordPage(m_server->text());
    if (!page.isValid()) {
        showError(tr("The server's address starts with https:// (or http://)."));
        return;
    }
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        // Without an address the server's page asks for it.
        QDesktopServices::openUrl(page);
        return;
    }
    if (sendsInClear(page) && !m_allowPlain->isChecked()) {
        showError(tr("This connection is not encrypted: confirm below that you want to use it anyway, or use an "
                     "https:// address."));
        return;
    }
    m_session.requestPasswordReset(QUrl::fromUserInput(m_server->text().trimmed()), email);
}

bool LoginDialog::sendsInClear(const QUrl &server)
{
    if (server.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = server.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    // Only a literal address is known to stay on this machine; a name can resolve anywhere.
    QHostAddress address;
    return !(address.setAddress(host) && address.isLoopback());
}

QUrl LoginDialog::forgotPasswordPage(const QString &serverAddress)
{
    QUrl page = QUrl::fromUserInput(serverAddress.trimmed());
    const auto scheme = page.scheme().toLower();
    if (!page.isValid() || page.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    QString path = page.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    page.setPath(path + QStringLiteral("/forgot-password"));
    page.setQuery(QString());
    page.setFragment(QString());
    return page;
}

void LoginDialog::checkEncryption()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    const bool inClear = url.isValid() && sendsInClear(url);
    m_plainWarning->setText(
        tr("%1 is reached over plain http: your password and every ticket you open, internal notes included, "
           "can be read and changed by anyone on the network in between. Use an https:// address if the server "
           "has one.")
            .arg(url.host()));
    m_plainWarning->setVisible(inClear);
    m_allowPlain->setVisible(inClear);
    m_allowPlain->setChecked(false); // a confirmation holds for the address it was given for only
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void LoginDialog::askForSecondFactor(const QString &reason)
{
    m_codeLabel->show();
    m_code->show();
    m_code->clear();
    m_code->setFocus();
    showError(reason);
    m_signIn->setEnabled(true);
}

void LoginDialog::setUpSecondFactor()
{
    auto client = m_session.twoFactorClient();
    if (!client)
        return;
    TwoFactorDialog setup(std::move(client), this);
    if (setup.exec() == QDialog::Accepted && setup.turnedOn()) {
        m_session.completeSignIn();
        return;
    }
    m_session.abandonSignIn();
    showError(tr("Your role signs in with two factors: set up an authenticator app to sign in."));
    m_signIn->setEnabled(true);
}

void LoginDialog::submit()
{
    QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter the server's address, your e-mail and your password."));
        return;
    }
    const auto scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        showError(tr("The server's address starts with https:// (or http://)."));
        return;
    }
    if (sendsInClear(url) && !m_allowPlain->isChecked()) {
        showError(tr("This connection is not encrypted: confirm below that you want to sign in anyway, or use an "
                     "https:// address."));
        return;
    }
    m_error->hide();
    m_signIn->setEnabled(false);
    m_session.signIn(url, m_email->text().trimmed(), m_password->text(),
                     m_code->isHidden() ? QString() : m_code->text());
}

} // namespace helpdesk::client
