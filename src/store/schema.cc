// schema.cc: the migrations of schema.h. Comments in the SQL stay in the database
// (sqlite_schema keeps each CREATE statement as written), so `.schema` in sqlite3 shows
// what every column means.
#include "src/store/schema.h"

namespace dossier::store::internal {
namespace {

constexpr char kVersion1[] = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,  -- 'application', 'clean_options', 'cluster_options', ...
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
  seq            INTEGER PRIMARY KEY,      -- arrival order from 1: Engine::Ids() and clustering order
  id             INTEGER NOT NULL UNIQUE,  -- ArticleId: its 64 bits as a signed integer
  input_id       TEXT NOT NULL,            -- Article::id: the input's own id, else from the file name
  origin         TEXT NOT NULL,            -- "path" or "path:line" it was read from
  title          TEXT NOT NULL,            -- metadata as read (before cleaning)
  date           TEXT NOT NULL,            -- ISO YYYY-MM-DD or ''
  url            TEXT NOT NULL,
  source         TEXT NOT NULL,
  byline         TEXT NOT NULL,
  dateline       TEXT NOT NULL,
  encoding       TEXT NOT NULL,            -- the input's encoding before conversion to UTF-8
  replaced_bytes INTEGER NOT NULL,
  language       TEXT NOT NULL,            -- web pages only
  page_kind      TEXT NOT NULL,            -- web pages only: article, short, index
  text           TEXT NOT NULL,            -- the decoded text every span points into (bytes)
  body           TEXT NOT NULL,            -- blocks found by the reader: "begin-end ..." (web pages)
  removed        TEXT NOT NULL,            -- spans the reader removed: "begin end reason" lines
  raw_map        TEXT NOT NULL,            -- web pages: "text_begin size raw_begin raw_size" lines
  clean_title    TEXT,                     -- the cleaned article (NULL when the database does
  clean_date     TEXT,                     --   not clean): metadata cleaning may fill in,
  clean_byline   TEXT,
  clean_dateline TEXT,
  clean_body     TEXT,                     --   kept blocks "begin-end ...",
  clean_removed  TEXT,                     --   every removed span "begin end reason" per line
  story          INTEGER NOT NULL,         -- the article's story now (after merges)
  placed_story   INTEGER NOT NULL,         -- the story it was placed in on arrival
  placed_by      INTEGER NOT NULL,         -- 0 opened the story, 1 similar, 2 near copy
  placed_score   REAL NOT NULL,            -- cosine to the story (1 for copies, 0 when opened)
  undated        INTEGER NOT NULL          -- 1: placed at the stream's clock (no date)
);
CREATE INDEX articles_by_story ON articles(story, seq);

-- The cleaning evidence: the repeat keys (short non-prose lines, normalized) each article
-- holds. A key's count of articles, overall and per source, decides whether it is
-- site furniture (see the line_evidence view).
CREATE TABLE article_lines (
  key TEXT NOT NULL,
  seq INTEGER NOT NULL,  -- articles.seq
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;

CREATE TABLE stories (
  id          INTEGER PRIMARY KEY,  -- stable story id, given in opening order from 1
  opened_seq  INTEGER NOT NULL,     -- the article that opened it
  merged_into INTEGER               -- NULL while it lives; else the story that took it
);

CREATE TABLE story_merges (
  n          INTEGER PRIMARY KEY,  -- order of the merges from 1
  from_story INTEGER NOT NULL,     -- the younger story, which ceased
  into_story INTEGER NOT NULL,     -- the older one, which took its articles
  at_seq     INTEGER NOT NULL      -- the article whose arrival showed they are one
);

CREATE VIEW line_evidence AS
  SELECT key, count(*) AS articles FROM article_lines GROUP BY key;

CREATE VIEW story_summary AS
  SELECT story AS id, count(*) AS articles, count(DISTINCT nullif(source, '')) AS outlets,
         min(nullif(date, '')) AS first_date, max(nullif(date, '')) AS last_date
  FROM articles GROUP BY story;
)sql";

constexpr Migration kMigrations[] = {
    {1, "articles, cleaning evidence, stories and merges", kVersion1},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

}  // namespace dossier::store::internal
