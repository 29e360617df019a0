// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include <vector>

namespace hearth::core::schema {

namespace {

// Schema v1. Times are INTEGER seconds since the Unix epoch, UTC.
// This file and ideasearch.cpp are the only places with SQLite-only SQL (FTS5).
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE networks (
            id             TEXT PRIMARY KEY,
            name           TEXT NOT NULL,
            char_limit     INTEGER NOT NULL CHECK (char_limit > 0),
            counting_rule  TEXT NOT NULL,
            builtin        INTEGER NOT NULL DEFAULT 0,
            enabled        INTEGER NOT NULL DEFAULT 1,
            settings       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
            sort_order     INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(
            R"(INSERT INTO networks (id, name, char_limit, counting_rule, builtin, settings, sort_order) VALUES
            ('x',         'X',         280,   'x-weighted', 1, '{}', 1),
            ('mastodon',  'Mastodon',  500,   'mastodon',   1, '{}', 2),
            ('bluesky',   'Bluesky',   300,   'bluesky',    1, '{"max_bytes":3000,"max_tags":8}', 3),
            ('threads',   'Threads',   500,   'threads',    1, '{"max_links":5,"max_topic_tags":1}', 4),
            ('linkedin',  'LinkedIn',  3000,  'characters', 1, '{"comment_limit":1250}', 5),
            ('instagram', 'Instagram', 2200,  'characters', 1, '{"hashtag_cap":30}', 6),
            ('facebook',  'Facebook',  63206, 'characters', 1, '{}', 7),
            ('tiktok',    'TikTok',    2200,  'characters', 1, '{"photo_title_limit":90}', 8),
            ('pinterest', 'Pinterest', 500,   'characters', 1, '{"title_limit":100}', 9)
        )"),

        QStringLiteral(R"(CREATE TABLE pillars (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color         TEXT NOT NULL,
            target_share  REAL NOT NULL DEFAULT 0 CHECK (target_share BETWEEN 0 AND 1),
            sort_order    INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(INSERT INTO pillars (name, color, target_share, sort_order) VALUES
            ('Educate',           '#2f7dd1', 0.25, 1),
            ('Entertain',         '#e0892b', 0.15, 2),
            ('Inspire',           '#8a5cc7', 0.15, 3),
            ('Promote',           '#d04a57', 0.15, 4),
            ('Community',         '#2e9e6a', 0.20, 5),
            ('Behind the scenes', '#8c7a5b', 0.10, 6)
        )"),

        QStringLiteral(R"(CREATE TABLE tags (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL UNIQUE COLLATE NOCASE
        ))"),

        QStringLiteral(R"(CREATE TABLE ideas (
            id                INTEGER PRIMARY KEY,
            title             TEXT NOT NULL,
            notes             TEXT NOT NULL DEFAULT '',
            pillar_id         INTEGER REFERENCES pillars (id) ON DELETE SET NULL,
            favourite         INTEGER NOT NULL DEFAULT 0,
            archived          INTEGER NOT NULL DEFAULT 0,
            source            TEXT NOT NULL DEFAULT 'user'
                              CHECK (source IN ('user', 'library', 'feedback')),
            library_key       TEXT UNIQUE,
            library_edited    INTEGER NOT NULL DEFAULT 0,
            feedback_post_id  INTEGER REFERENCES posts (id) ON DELETE SET NULL,
            feedback_text     TEXT NOT NULL DEFAULT '',
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX ideas_pillar ON ideas (pillar_id)"),
        QStringLiteral(R"(CREATE TABLE idea_tags (
            idea_id  INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
            tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (idea_id, tag_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX idea_tags_tag ON idea_tags (tag_id)"),
        // Library prompts the user deleted, so a newer library does not bring them back.
        QStringLiteral(R"(CREATE TABLE library_dismissed (
            library_key  TEXT PRIMARY KEY
        ) WITHOUT ROWID)"),

        // Full-text index over ideas, kept in step by triggers so no writer can forget it.
        // Prefix indexes for 3 to 6 letters: a prefix without its own index makes FTS5 read and
        // merge the whole doclist of every word it matches before the first row (3.5 ms for the
        // commonest word of spark_bench's 100k ideas), where an indexed one stops early.
        QStringLiteral(R"(CREATE VIRTUAL TABLE ideas_fts USING fts5 (
            title, notes, tags,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3,4,5,6'
        ))"),
        QStringLiteral(R"(CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
            INSERT INTO ideas_fts (rowid, title, notes, tags) VALUES (new.id, new.title, new.notes, '');
        END)"),
        QStringLiteral(
            R"(CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, notes ON ideas BEGIN
            UPDATE ideas_fts SET title = new.title, notes = new.notes WHERE rowid = new.id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
            DELETE FROM ideas_fts WHERE rowid = old.id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER idea_tags_fts_insert AFTER INSERT ON idea_tags BEGIN
            UPDATE ideas_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '')
                FROM idea_tags it JOIN tags t ON t.id = it.tag_id WHERE it.idea_id = new.idea_id)
            WHERE rowid = new.idea_id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER idea_tags_fts_delete AFTER DELETE ON idea_tags BEGIN
            UPDATE ideas_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '')
                FROM idea_tags it JOIN tags t ON t.id = it.tag_id WHERE it.idea_id = old.idea_id)
            WHERE rowid = old.idea_id;
        END)"),

        QStringLiteral(R"(CREATE TABLE posts (
            id                  INTEGER PRIMARY KEY,
            title               TEXT NOT NULL DEFAULT '',
            body                TEXT NOT NULL DEFAULT '',
            scheduled_at        INTEGER,
            -- Comparisons, not IN: for an IN list of more than two values SQLite builds a
            -- temporary table each time it checks a row (7% of a large metric import).
            status              TEXT NOT NULL DEFAULT 'draft'
                                CHECK (status = 'draft' OR status = 'scheduled' OR
                                       status = 'published' OR status = 'skipped'),
            pillar_id           INTEGER REFERENCES pillars (id) ON DELETE SET NULL,
            idea_id             INTEGER REFERENCES ideas (id) ON DELETE SET NULL,
            link                TEXT NOT NULL DEFAULT '',
            first_comment       TEXT NOT NULL DEFAULT '',
            notes               TEXT NOT NULL DEFAULT '',
            origin              TEXT NOT NULL DEFAULT 'planned'
                                CHECK (origin IN ('planned', 'imported')),
            repeat_every_weeks  INTEGER CHECK (repeat_every_weeks IS NULL OR repeat_every_weeks > 0),
            repeat_until        INTEGER,
            repeat_count        INTEGER CHECK (repeat_count IS NULL OR repeat_count > 0),
            repeat_of           INTEGER REFERENCES posts (id) ON DELETE SET NULL,
            created_at          INTEGER NOT NULL,
            updated_at          INTEGER NOT NULL
        ))"),
        // The calendar asks for posts by time range; the drafts tray for unscheduled ones.
        QStringLiteral(
            "CREATE INDEX posts_scheduled ON posts (scheduled_at) WHERE scheduled_at IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX posts_unscheduled ON posts (updated_at) WHERE scheduled_at IS NULL"),
        QStringLiteral("CREATE INDEX posts_idea ON posts (idea_id) WHERE idea_id IS NOT NULL"),
        // Partial: imported history has no pillar, and every row of an index is written again
        // per imported post.
        QStringLiteral(
            "CREATE INDEX posts_pillar ON posts (pillar_id) WHERE pillar_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX posts_repeat_of ON posts (repeat_of) WHERE repeat_of IS NOT NULL"),

        // One row per network a post goes to; variant_text NULL means "same as the body".
        QStringLiteral(R"(CREATE TABLE post_networks (
            post_id       INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            network_id    TEXT NOT NULL REFERENCES networks (id) ON UPDATE CASCADE,
            variant_text  TEXT,
            external_id   TEXT,
            permalink     TEXT,
            published_at  INTEGER,
            PRIMARY KEY (post_id, network_id)
        ) WITHOUT ROWID)"),
        // One index serves both lookups by network and by a network's post id (an import
        // writes each index once per new post).
        QStringLiteral(
            R"(CREATE INDEX post_networks_external ON post_networks (network_id, external_id))"),
        QStringLiteral(R"(CREATE INDEX post_networks_permalink ON post_networks (permalink)
            WHERE permalink IS NOT NULL)"),

        QStringLiteral(R"(CREATE TABLE post_tags (
            post_id  INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (post_id, tag_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX post_tags_tag ON post_tags (tag_id)"),

        // Paths to the user's own files; Hearth never copies them.
        QStringLiteral(R"(CREATE TABLE post_media (
            post_id   INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            path      TEXT NOT NULL,
            alt_text  TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (post_id, position)
        ) WITHOUT ROWID)"),

        // Local wall-clock slots per ISO weekday (1 = Monday); network NULL = any network.
        QStringLiteral(R"(CREATE TABLE posting_slots (
            id             INTEGER PRIMARY KEY,
            weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            minute_of_day  INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
            network_id     TEXT REFERENCES networks (id) ON DELETE CASCADE ON UPDATE CASCADE,
            UNIQUE (weekday, minute_of_day, network_id)
        ))"),

        QStringLiteral(R"(CREATE TABLE metric_imports (
            id             INTEGER PRIMARY KEY,
            source_format  TEXT NOT NULL,
            file_name      TEXT NOT NULL,
            file_sha256    TEXT NOT NULL,
            imported_at    INTEGER NOT NULL,
            row_count      INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX metric_imports_sha ON metric_imports (file_sha256)"),

        // Column names of imported rows (a JSON array, duplicates kept), once per header layout.
        QStringLiteral(R"(CREATE TABLE metric_raw_layouts (
            id       INTEGER PRIMARY KEY,
            columns  TEXT NOT NULL UNIQUE CHECK (json_valid(columns))
        ))"),
        // Lifetime figures as seen at captured_at; NULL = not available (never zero).
        QStringLiteral(R"(CREATE TABLE metric_snapshots (
            id                  INTEGER PRIMARY KEY,
            post_id             INTEGER NOT NULL,
            network_id          TEXT NOT NULL,
            captured_at         INTEGER NOT NULL,
            import_id           INTEGER REFERENCES metric_imports (id) ON DELETE SET NULL,
            source_line         INTEGER,
            reach               INTEGER,
            impressions         INTEGER,
            views               INTEGER,
            reactions           INTEGER,
            comments            INTEGER,
            shares              INTEGER,
            saves               INTEGER,
            clicks              INTEGER,
            follows             INTEGER,
            profile_visits      INTEGER,
            watch_time_seconds  REAL,
            -- Every cell of the imported row (a JSON array in layout order, null = empty cell),
            -- so nothing from the file is lost; one row per snapshot keeps large imports fast.
            raw_layout_id       INTEGER REFERENCES metric_raw_layouts (id),
            raw_values          TEXT,
            FOREIGN KEY (post_id, network_id) REFERENCES post_networks (post_id, network_id)
                ON DELETE CASCADE ON UPDATE CASCADE
        ))"),
        QStringLiteral(R"(CREATE INDEX metric_snapshots_current
            ON metric_snapshots (post_id, network_id, captured_at DESC, id DESC))"),
        // No index on import_id: nothing looks snapshots up by import, and one more b-tree
        // per imported row cost 2% of a large import. (Deleting an import row would scan.)
        // Column mappings the user chose for a generic import, keyed by the header layout.
        QStringLiteral(R"(CREATE TABLE import_mappings (
            header_signature  TEXT PRIMARY KEY,
            kind              TEXT NOT NULL,
            mapping           TEXT NOT NULL CHECK (json_valid(mapping)),
            updated_at        INTEGER NOT NULL
        ) WITHOUT ROWID)"),

        // Settings that belong to the plan rather than to one machine.
        QStringLiteral(R"(CREATE TABLE settings (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        ) WITHOUT ROWID)"),

        // YouTube Studio exports per-video figures; its videos need a network to hang off.
        QStringLiteral(
            R"(INSERT INTO networks (id, name, char_limit, counting_rule, builtin, settings, sort_order)
            VALUES ('youtube', 'YouTube', 5000, 'characters', 1, '{"title_limit":100}', 10))"),
        // Metric imports match rows by network and publish time within a tolerance.
        QStringLiteral(
            R"(CREATE INDEX post_networks_published ON post_networks (network_id, published_at)
            WHERE published_at IS NOT NULL)"),
    };
}

// A metric import matches posts by network id and link from maps it loads at its start and
// confirms each match by primary key, so these two indexes served nothing else; they were two of
// the eight b-trees every imported post is written to, and a seventh of the plan's size.
QStringList version2()
{
    return {
        QStringLiteral("DROP INDEX post_networks_external"),
        QStringLiteral("DROP INDEX post_networks_permalink"),
    };
}

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> list{
        {1, version1()},
        {2, version2()},
    };
    return list;
}

} // namespace

std::span<const Migration> migrations()
{
    return allMigrations();
}

int currentVersion()
{
    return allMigrations().back().version;
}

} // namespace hearth::core::schema
