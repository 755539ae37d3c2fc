#include "ui/SignInWindow.h"

#include "ui/CreateIdentityDialog.h"
#include "ui/Dialogs.h"

#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace carillon::ui {

QString SignInWindow::reasonText(RevokeReason reason)
{
    switch (reason) {
    case RevokeReason::ProfileDeleted:
        return tr("Your profile was deleted with the assistant's Delete me command, so you were "
                  "signed out on every device. Your sign-in identity still works: signing in "
                  "starts a new, empty profile.");
    case RevokeReason::DeletedByOrganisation:
        return tr("Your organisation deleted its Enterprise account and your profile with it, so "
                  "you were signed out. Contact your administrator for details.");
    case RevokeReason::DataReset:
        return tr("The demo data was reset, so everyone was signed out. Pick a demo person to "
                  "continue.");
    case RevokeReason::SignedOut:
        break;
    }
    return tr("You are signed out.");
}

SignInWindow::SignInWindow(ChatBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(&backend)
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(tr("Sign in – Carillon"));
    setWindowIcon(Theme::windowIcon());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->setSpacing(12);

    auto *logo = new QLabel(this);
    logo->setPixmap(Theme::icon(Theme::Glyph::App).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    outer->addWidget(logo);
    auto *title = new QLabel(tr("Sign in to Carillon"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);

    m_noticeFrame = new TonedFrame(TonedFrame::Tone::Warning, this);
    auto *noticeLayout = new QVBoxLayout(m_noticeFrame);
    noticeLayout->setContentsMargins(14, 8, 8, 8);
    m_notice = new QLabel(m_noticeFrame);
    m_notice->setObjectName(QStringLiteral("signedOutNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    noticeLayout->addWidget(m_notice);
    m_noticeFrame->hide();
    outer->addWidget(m_noticeFrame);

    // Where the account lives; shown when the program offers the choice (offerPlaces).
    m_placeBox = new QWidget(this);
    auto *placeForm = new QFormLayout(m_placeBox);
    placeForm->setContentsMargins(0, 0, 0, 0);
    m_place = new QComboBox(m_placeBox);
    m_place->setObjectName(QStringLiteral("placeComboBox"));
    m_place->setAccessibleName(tr("Where your account is"));
    m_place->addItem(tr("On this computer"));
    m_place->addItem(tr("On a server"));
    m_server = new QLineEdit(m_placeBox);
    m_server->setObjectName(QStringLiteral("serverAddressEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("chat.example.com"));
    m_server->setToolTip(tr("The address of your Carillon server, like chat.example.com or "
                            "wss://chat.example.com:8443. Your organisation gives it to you."));
    placeForm->addRow(tr("&Account:"), m_place);
    placeForm->addRow(tr("Ser&ver:"), m_server);
    m_placeBox->hide();
    outer->addWidget(m_placeBox);
    connect(m_place, &QComboBox::currentIndexChanged, this, &SignInWindow::placeChanged);

    auto *form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    outer->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setAccessibleName(tr("Remember me"));
    outer->addWidget(m_remember);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // messages quote the address typed
    Theme::markAsError(m_error);
    m_error->hide();
    outer->addWidget(m_error);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("secretsWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setForegroundRole(QPalette::PlaceholderText);
    m_warning->hide();
    outer->addWidget(m_warning);

    // While the password is checked (deliberately slow, on another thread): the window stays
    // responsive and says it is busy.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signInBusyBar"));
    m_busy->setAccessibleName(tr("Checking your password"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    outer->addWidget(m_busy);

    auto *signIn = new QPushButton(tr("Sign in"), this);
    m_signInButton = signIn;
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setAccessibleName(tr("Sign in"));
    signIn->setDefault(true);
    auto *create = new QPushButton(tr("Create an identity…"), this);
    create->setObjectName(QStringLiteral("createIdentityButton"));
    create->setAccessibleName(tr("Create an identity"));
    create->setFlat(true);
    outer->addWidget(signIn);
    outer->addWidget(create);
    connect(signIn, &QPushButton::clicked, this, &SignInWindow::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInWindow::signIn);
    connect(m_email, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(create, &QPushButton::clicked, this, &SignInWindow::createIdentity);

    const QList<DemoPerson> people = backend.demoPeople();
    if (!people.isEmpty()) {
        auto *demoTitle =
            new QLabel(tr("Demo: pick a person (password for all: carillon-demo)"), this);
        demoTitle->setWordWrap(true);
        outer->addSpacing(8);
        outer->addWidget(demoTitle);
        m_demoList = new QListWidget(this);
        m_demoList->setObjectName(QStringLiteral("demoPeopleListWidget"));
        m_demoList->setAccessibleName(tr("Demo people"));
        m_demoList->setWordWrap(true);
        for (const DemoPerson &p : people) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 <%2>\n%3").arg(p.name, p.email, p.role));
            item->setData(Qt::UserRole, p.email);
            item->setIcon(Theme::icon(Theme::Glyph::Person));
            m_demoList->addItem(item);
        }
        m_demoList->setCurrentRow(0);
        outer->addWidget(m_demoList, 1);
        auto *pick = new QPushButton(tr("Sign in as this person"), this);
        pick->setObjectName(QStringLiteral("demoSignInButton"));
        pick->setAccessibleName(tr("Sign in as the selected demo person"));
        outer->addWidget(pick);
        connect(pick, &QPushButton::clicked, this, &SignInWindow::signInDemo);
        connect(m_demoList, &QListWidget::itemActivated, this, &SignInWindow::signInDemo);
        resize(520, 760);
    } else {
        outer->addStretch();
        resize(420, 460);
    }
}

void SignInWindow::offerPlaces(const SignInPlace &place, Chooser choose)
{
    m_choose = std::move(choose);
    m_server->setText(place.address);
    m_place->setCurrentIndex(place.onServer ? 1 : 0);
    placeChanged();
    m_placeBox->show();
}

void SignInWindow::placeChanged()
{
    const bool onServer = m_place->currentIndex() == 1;
    m_server->setEnabled(onServer);
    if (onServer && m_server->text().isEmpty() && m_placeBox->isVisible())
        m_server->setFocus();
}

SignInPlace SignInWindow::chosenPlace() const
{
    return SignInPlace{m_place->currentIndex() == 1, m_server->text().trimmed()};
}

bool SignInWindow::choosePlace(bool thisComputer)
{
    if (!m_choose)
        return true;
    const SignInPlace place = chosenPlace();
    const Result<ChatBackend *> chosen =
        m_choose(place.onServer && !thisComputer ? place.address : QString());
    if (!chosen) {
        fail(chosen.error().message);
        m_server->setFocus();
        m_server->selectAll();
        return false;
    }
    m_backend = *chosen;
    return true;
}

void SignInWindow::showNotice(const QString &notice)
{
    m_notice->setText(notice);
    // The name is the notice itself, so a screen reader says why the person was signed out.
    m_notice->setAccessibleName(notice);
    m_noticeFrame->setAccessibleName(notice);
    m_noticeFrame->setVisible(!notice.isEmpty());
}

void SignInWindow::setWarning(const QString &warning)
{
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void SignInWindow::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool SignInWindow::isBusy() const
{
    return !m_busy->isHidden();
}

void SignInWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_place->setEnabled(!busy);
    m_server->setEnabled(!busy && m_place->currentIndex() == 1);
    m_signInButton->setEnabled(!busy);
    m_signInButton->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy)
        m_error->hide();
}

void SignInWindow::signIn()
{
    if (isBusy() || !choosePlace())
        return;
    const SignInPlace place = chosenPlace();
    setBusy(true);
    m_backend->signIn(m_email->text(), m_password->text(), m_remember->isChecked(), this,
                      [this, place](const Result<Profile> &profile) {
                          setBusy(false);
                          if (!profile) {
                              fail(profile.error().message);
                              m_password->selectAll();
                              m_password->setFocus();
                              return;
                          }
                          m_password->clear();
                          m_error->hide();
                          if (m_choose)
                              place.save();
                          emit signedIn();
                      });
}

void SignInWindow::signInDemo()
{
    // The demo people are this computer's demo data folder's.
    if (!m_demoList || !m_demoList->currentItem() || isBusy() || !choosePlace(true))
        return;
    setBusy(true);
    m_backend->signInDemo(m_demoList->currentItem()->data(Qt::UserRole).toString(), this,
                          [this](const Result<Profile> &profile) {
                              setBusy(false);
                              if (!profile) {
                                  fail(profile.error().message);
                                  return;
                              }
                              m_error->hide();
                              emit signedIn();
                          });
}

void SignInWindow::createIdentity()
{
    if (!choosePlace())
        return;
    m_error->hide();
    const SignInPlace place = chosenPlace();
    auto *dialog = new CreateIdentityDialog(*m_backend, this);
    dialog->setEmail(m_email->text());
    Dialogs::open(dialog, [this, place](int result) {
        if (result != QDialog::Accepted)
            return;
        if (m_choose)
            place.save();
        emit signedIn();
    });
}

} // namespace carillon::ui
