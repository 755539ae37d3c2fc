#include "core/Migrations.h"

namespace carillon {

namespace {

// Version 1: the chat domain. Times are UTC milliseconds. Rows that belong to a profile cascade
// from it, so erasing a profile is mostly one DELETE; see ProfileEraser for the rest.
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE identities ("
                       " id INTEGER PRIMARY KEY,"
                       " email TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE profiles ("
                       " id INTEGER PRIMARY KEY,"
                       " identity_id INTEGER UNIQUE REFERENCES identities(id) ON DELETE SET NULL,"
                       " email TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL,"
                       " kind TEXT NOT NULL DEFAULT 'person',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions ("
                       " id TEXT PRIMARY KEY,"
                       " identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,"
                       " profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,"
                       " device TEXT NOT NULL,"
                       " token_hash TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " last_seen_at INTEGER NOT NULL,"
                       " revoked_at INTEGER,"
                       " revoke_reason TEXT)"),
        QStringLiteral("CREATE INDEX sessions_profile ON sessions(profile_id)"),
        QStringLiteral("CREATE TABLE teams ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE team_members ("
                       " team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
                       " email TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " invited_at INTEGER NOT NULL,"
                       " joined_at INTEGER,"
                       " PRIMARY KEY (team_id, email))"),
        QStringLiteral("CREATE INDEX team_members_email ON team_members(email)"),
        QStringLiteral("CREATE TABLE enterprises ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE enterprise_domains ("
            " domain TEXT PRIMARY KEY,"
            " enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,"
            " claimed_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " owner_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " contact_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " created_at INTEGER NOT NULL,"
                       " PRIMARY KEY (owner_id, contact_id))"),
        QStringLiteral("CREATE INDEX contacts_contact ON contacts(contact_id)"),
        QStringLiteral("CREATE TABLE invitations ("
                       " id INTEGER PRIMARY KEY,"
                       " from_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " to_email TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " answered_at INTEGER,"
                       " UNIQUE (from_id, to_email))"),
        QStringLiteral("CREATE INDEX invitations_to ON invitations(to_email)"),
        QStringLiteral("CREATE TABLE conversations ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " creator_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,"
                       " direct_key TEXT UNIQUE,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE members ("
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id)"
                       "  ON DELETE CASCADE,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " joined_at INTEGER NOT NULL,"
                       " last_read_id INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (conversation_id, profile_id))"),
        QStringLiteral("CREATE INDEX members_profile ON members(profile_id)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id)"
                       "  ON DELETE CASCADE,"
                       " sender_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " payload TEXT,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, id)"),
        QStringLiteral("CREATE INDEX messages_sender ON messages(sender_id)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " public_id TEXT NOT NULL UNIQUE,"
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id)"
                       "  ON DELETE CASCADE,"
                       " uploader_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
        QStringLiteral("CREATE INDEX attachments_uploader ON attachments(uploader_id)"),
        QStringLiteral("CREATE INDEX attachments_conversation ON attachments(conversation_id)"),
        QStringLiteral("CREATE INDEX attachments_sha ON attachments(sha256)"),
        QStringLiteral("CREATE TABLE meetings ("
                       " id INTEGER PRIMARY KEY,"
                       " organiser_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " title TEXT NOT NULL,"
                       " starts_at INTEGER NOT NULL,"
                       " duration_min INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE meeting_invitees ("
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (meeting_id, profile_id))"),
        QStringLiteral("CREATE INDEX meeting_invitees_profile ON meeting_invitees(profile_id)"),
        QStringLiteral("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE changes ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " origin TEXT NOT NULL,"
                       " topic TEXT NOT NULL,"
                       " subject INTEGER NOT NULL,"
                       " at INTEGER NOT NULL)"),
    };
}

// Version 2: link-signing key ids (the secrets themselves live in the SecretStore) and the
// assistant's state. The assistant's tables cascade from the profile, so Delete me and
// Enterprise deletion remove its codes, its introduction mark and the request history.
QStringList schemaV2()
{
    return {
        QStringLiteral("CREATE TABLE signing_keys ("
                       " kid TEXT PRIMARY KEY,"
                       " created_at INTEGER NOT NULL,"
                       " retired_at INTEGER,"
                       " last_expiry INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE assistant_profiles ("
                       " profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,"
                       " introduced_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE assistant_codes ("
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " command TEXT NOT NULL,"
                       " code_hash TEXT NOT NULL,"
                       " expires_at INTEGER NOT NULL,"
                       " PRIMARY KEY (profile_id, command))"),
        QStringLiteral("CREATE TABLE assistant_exports ("
                       " id INTEGER PRIMARY KEY,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id)"
                       "  ON DELETE CASCADE,"
                       " requested_at INTEGER NOT NULL,"
                       " due_at INTEGER NOT NULL,"
                       " state TEXT NOT NULL,"
                       " delivered_at INTEGER,"
                       " message_id INTEGER,"
                       " link_count INTEGER,"
                       " links_expire_at INTEGER)"),
        QStringLiteral("CREATE INDEX assistant_exports_due ON assistant_exports(state, due_at)"),
        QStringLiteral("CREATE INDEX assistant_exports_profile ON assistant_exports(profile_id, "
                       "requested_at)"),
    };
}

// Version 3: what an Enterprise owns, which messages the assistant has answered, and export
// retries.
// - enterprise_owned: a profile belongs to the Enterprise that last managed it through a claim
//   (in the domain when the claim was made, or created there while it was held). Unclaiming
//   keeps the row, so deleting the account still erases those profiles; a later claim of the
//   domain by another Enterprise moves the ownership. The trigger covers sign-ups inside a
//   claimed domain wherever the profile is created. Existing folders start from today's claims.
// - assistant_answered: one row per command the assistant answered, written in the transaction
//   that posts the answer, so any instance may answer and each command is answered once.
//   Messages already in the assistant's chats count as answered.
// - assistant_exports: failed attempts, when to try again, and the last reason.
QStringList schemaV3(SqlDialect dialect)
{
    const bool postgres = dialect == SqlDialect::Postgres;
    return {
        QStringLiteral("CREATE TABLE enterprise_owned ("
                       " profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,"
                       " enterprise_id INTEGER NOT NULL REFERENCES enterprises(id)"
                       "  ON DELETE CASCADE,"
                       " since INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX enterprise_owned_enterprise ON "
                       "enterprise_owned(enterprise_id)"),
        QStringLiteral("INSERT INTO enterprise_owned (profile_id, enterprise_id, since) SELECT "
                       "p.id, d.enterprise_id, d.claimed_at FROM profiles p JOIN "
                       "enterprise_domains d ON p.email LIKE '%@' || d.domain WHERE p.kind = "
                       "'person'"),
        postgres
            ? QStringLiteral(
                  "CREATE FUNCTION enterprise_owns_new_profile() RETURNS trigger LANGUAGE plpgsql "
                  "AS $$ BEGIN IF NEW.kind = 'person' THEN "
                  "INSERT INTO enterprise_owned (profile_id, enterprise_id, since) "
                  "SELECT NEW.id, d.enterprise_id, NEW.created_at FROM enterprise_domains d "
                  "WHERE NEW.email LIKE '%@' || d.domain LIMIT 1 ON CONFLICT (profile_id) DO "
                  "UPDATE SET enterprise_id = EXCLUDED.enterprise_id, since = EXCLUDED.since; "
                  "END IF; RETURN NULL; END $$")
            : QStringLiteral(
                  "CREATE TRIGGER enterprise_owns_new_profile AFTER INSERT ON profiles "
                  "WHEN NEW.kind = 'person' BEGIN "
                  "INSERT OR REPLACE INTO enterprise_owned (profile_id, enterprise_id, since) "
                  "SELECT NEW.id, d.enterprise_id, NEW.created_at FROM enterprise_domains d "
                  "WHERE NEW.email LIKE '%@' || d.domain; END"),
        postgres ? QStringLiteral("CREATE TRIGGER enterprise_owns_new_profile AFTER INSERT ON "
                                  "profiles FOR EACH ROW EXECUTE FUNCTION "
                                  "enterprise_owns_new_profile()")
                 : QString(),
        QStringLiteral("CREATE TABLE assistant_answered ("
                       " message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
                       " answered_at INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO assistant_answered (message_id, answered_at) SELECT m.id, "
                       "m.created_at FROM messages m JOIN members b ON b.conversation_id = "
                       "m.conversation_id JOIN profiles a ON a.id = b.profile_id AND a.kind = "
                       "'assistant' WHERE m.sender_id <> a.id"),
        QStringLiteral("ALTER TABLE assistant_exports ADD COLUMN attempts INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE assistant_exports ADD COLUMN next_attempt_at INTEGER"),
        QStringLiteral("ALTER TABLE assistant_exports ADD COLUMN last_error TEXT"),
    };
}

// Version 4: full-text search over message text (SQLite FTS5). The index holds only tokens and
// reads the text from messages itself (external content), so the text is stored once.
// Triggers keep it in step inside the transaction that changes a message, cascaded deletions
// (an erased profile) included; existing messages are indexed by the rebuild. An erasure also
// merges the index (SearchIndex::purgeDeleted): FTS5 otherwise keeps a deleted message's
// tokens in old segments until some later merge.
QStringList schemaV4(SqlDialect dialect)
{
    // Message search: SQLite's FTS5 beside the table; in PostgreSQL a GIN index over the words,
    // lower-cased and without accents as FTS5's unicode61 tokenizer makes them (unaccent is a
    // trusted extension: the database's owner may create it).
    if (dialect == SqlDialect::Postgres)
        return {QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
                QStringLiteral("CREATE TEXT SEARCH CONFIGURATION carillon (COPY = simple)"),
                QStringLiteral("ALTER TEXT SEARCH CONFIGURATION carillon ALTER MAPPING FOR "
                               "hword, hword_part, word WITH unaccent, simple"),
                QStringLiteral("CREATE INDEX message_search ON messages USING gin "
                               "(to_tsvector('carillon', body))")};
    return {
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(body, content='messages', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', "
                       "prefix='2 3')"),
        QStringLiteral("CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN "
                       "INSERT INTO message_search (rowid, body) VALUES (NEW.id, NEW.body); END"),
        QStringLiteral("CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN "
                       "INSERT INTO message_search (message_search, rowid, body) "
                       "VALUES ('delete', OLD.id, OLD.body); END"),
        QStringLiteral("CREATE TRIGGER message_search_update AFTER UPDATE OF body ON messages "
                       "BEGIN INSERT INTO message_search (message_search, rowid, body) "
                       "VALUES ('delete', OLD.id, OLD.body); "
                       "INSERT INTO message_search (rowid, body) VALUES (NEW.id, NEW.body); END"),
        QStringLiteral("INSERT INTO message_search (message_search) VALUES ('rebuild')"),
    };
}

// Version 5: wrong confirmation codes, per sign-in identity (ConfirmationCodes::noteWrong), so
// that guessing is limited across every instance and server process on the store, and a
// Delete me (which keeps the identity) does not start the count again.
QStringList schemaV5()
{
    return {
        QStringLiteral("CREATE TABLE assistant_code_failures ("
                       " identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,"
                       " failed_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX assistant_code_failures_identity ON "
                       "assistant_code_failures(identity_id, failed_at)"),
    };
}

// Version 6: a device resuming its session (every connection to carillon-server, every start
// of a window) finds it by its token's hash without reading the whole table.
QStringList schemaV6()
{
    return {QStringLiteral("CREATE INDEX sessions_token ON sessions(token_hash)")};
}

// Empty statements (those only one dialect needs) are dropped; the rest of the PostgreSQL
// schema is the SQLite one in PostgreSQL's types.
std::vector<QStringList> steps(SqlDialect dialect)
{
    std::vector<QStringList> all{schemaV1(),        schemaV2(), schemaV3(dialect),
                                 schemaV4(dialect), schemaV5(), schemaV6()};
    for (QStringList &step : all) {
        step.removeAll(QString());
        if (dialect == SqlDialect::Postgres)
            for (QString &statement : step)
                statement = postgresSchemaStatement(statement);
    }
    return all;
}

} // namespace

const std::vector<QStringList> &schemaMigrations(SqlDialect dialect)
{
    static const std::vector<QStringList> sqlite = steps(SqlDialect::Sqlite);
    static const std::vector<QStringList> postgres = steps(SqlDialect::Postgres);
    return dialect == SqlDialect::Postgres ? postgres : sqlite;
}

} // namespace carillon
