// `dossier eval extract --dataset DIR`: main-text extraction scored the way trafilatura's
// benchmark scores it (tests/evaluate.py, evaluate_result), on its 990 annotated pages;
// or, when DIR holds input/ and GoldStandard/ (the CleanEval, Dragnet, Readability and
// CleanPortalEval sets), word-level P/R/F1 against the gold text (RunWordLevel).
//
// DIR holds evaldata.json ({url: {"file", "with": [...], "without": [...]}}) and the
// pages, either packed (trafilatura_eval_html.tar.gz, read in memory) or unpacked
// (DIR/tests/cache and DIR/tests/eval, or DIR/cache and DIR/eval). For each page, every
// "with" snippet found verbatim in the extracted text is a true positive, else a false
// negative; every "without" snippet found is a false positive, else a true negative. A
// page that fails to read counts all its "with" as misses. Precision, recall, accuracy
// and F1 are over the summed counts, as published. Speed is the in-process time of
// html::ReadPage alone (bytes in, text and metadata out), one thread.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/base/tar.h"
#include "src/html/load.h"
#include "src/html/page.h"
#include "src/ingest/date.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;
using Pages = std::map<std::string, std::string>;  // file name -> bytes

StatusOr<Pages> LoadPages(const std::string& dir) {
  Pages pages;
  const fs::path packed = fs::path(dir) / "trafilatura_eval_html.tar.gz";
  std::error_code ec;
  if (fs::exists(packed, ec)) {
    DOSSIER_ASSIGN_OR_RETURN(std::string gz, ReadFileToString(packed.string()));
    DOSSIER_ASSIGN_OR_RETURN(std::string tar, html::Gunzip(packed.string(), gz, size_t{2} << 30));
    DOSSIER_RETURN_IF_ERROR(ReadTar(packed.string(), tar, &pages));
    return pages;
  }
  for (const char* sub : {"tests/cache", "tests/eval", "cache", "eval"}) {
    const fs::path d = fs::path(dir) / sub;
    if (!fs::is_directory(d, ec)) continue;
    for (const auto& e : fs::directory_iterator(d)) {
      DOSSIER_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(e.path().string()));
      pages.emplace(e.path().filename().string(), std::move(bytes));
    }
  }
  if (pages.empty()) return Status::NotFound(StrCat(dir, ": no pages (tar.gz or tests/cache)"));
  return pages;
}

struct Counts {
  int tp = 0, fn = 0, fp = 0, tn = 0;
};

// Metadata against the gold "title", "date" and "author" of evaldata.json, where given
// and non-empty: exact match after trimming (dates compared as YYYY-MM-DD).
struct MetaCounts {
  int title_gold = 0, title_ok = 0, date_gold = 0, date_ok = 0, author_gold = 0, author_ok = 0;
};

std::string IsoDate(std::string_view s) {
  ingest::ParsedDate d = ingest::ParseDate(s);
  if (d.kind != ingest::ParsedDate::Kind::kValid && s.size() >= 10) d = ingest::ParseDate(s.substr(0, 10));
  return d.kind == ingest::ParsedDate::Kind::kValid ? d.iso : "";
}

void ScoreMeta(const html::PageMetadata& m, const nlohmann::json& item, MetaCounts* c) {
  auto gold = [&](const char* key) {
    return item.contains(key) && item[key].is_string() ? std::string(StripAscii(item[key].get<std::string>())) : "";
  };
  if (std::string t = gold("title"); !t.empty()) {
    ++c->title_gold;
    c->title_ok += StripAscii(m.title) == t;
  }
  if (std::string d = gold("date"); !d.empty()) {
    ++c->date_gold;
    std::string got = IsoDate(m.date);
    for (const std::string& text : m.date_texts) {
      if (got.empty()) got = IsoDate(text);
    }
    c->date_ok += got == IsoDate(d) && !got.empty();
  }
  if (std::string a = gold("author"); !a.empty()) {
    ++c->author_gold;
    c->author_ok += StripAscii(m.author) == a;
  }
}

void Score(const std::string& text, const nlohmann::json& item, bool verbose,
           const std::string& file, Counts* c) {
  for (const auto& s : item.value("with", nlohmann::json::array())) {
    if (text.find(s.get<std::string>()) != std::string::npos) {
      ++c->tp;
    } else {
      ++c->fn;
      if (verbose) std::cout << file << "\tmissed\t" << s.get<std::string>() << "\n";
    }
  }
  for (const auto& s : item.value("without", nlohmann::json::array())) {
    if (text.find(s.get<std::string>()) != std::string::npos) {
      ++c->fp;
      if (verbose) std::cout << file << "\tkept\t" << s.get<std::string>() << "\n";
    } else {
      ++c->tn;
    }
  }
}

// Appends code point `cp` to `out` as UTF-8 (an invalid one as U+FFFD).
void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// `text` with its HTML character references resolved: numeric ones ("&#8217;",
// "&#x2019;") and the named ones the gold files use (amp, quot, lt, gt, apos, nbsp, the
// typographic quotes and dashes, bull, hellip). CleanPortalEval's and Readability's gold
// texts are copied from the pages' source with their escapes ("It&#8217;s", "&quot;"),
// which the extracted text, read by an HTML parser, never holds. An unknown name is left
// as it is.
std::string DecodeEntities(std::string_view text) {
  static const std::map<std::string_view, uint32_t> kNamed = {
      {"amp", '&'}, {"quot", '"'}, {"lt", '<'}, {"gt", '>'}, {"apos", '\''}, {"nbsp", 0xA0},
      {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
      {"mdash", 0x2014}, {"ndash", 0x2013}, {"bull", 0x2022}, {"hellip", 0x2026}};
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t semi = text[i] == '&' ? text.find(';', i + 1) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back(text[i]);
      continue;
    }
    const std::string_view ref = text.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    bool ok = false;
    if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      ok = !digits.empty() && digits.size() <= 7;
      for (char c : digits) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10)
                                                                            : -1;
        if (d < 0) ok = false;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(std::max(d, 0));
      }
    } else if (auto it = kNamed.find(ref); it != kNamed.end()) {
      cp = it->second;
      ok = true;
    }
    if (!ok) {
      out.push_back(text[i]);
      continue;
    }
    AppendUtf8(cp, &out);
    i = semi;
  }
  return out;
}

// `text` without markup tags ("<p>", "<h>", HTML in Readability's gold).
std::string StripTags(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_tag = false;
  for (char c : text) {
    if (c == '<') in_tag = true;
    if (in_tag) {
      if (c == '>') in_tag = false;
      out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Lower-cased words (runs of letters and digits; any non-ASCII byte counts as a letter,
// but a no-break space, U+00A0, separates words as a space does) of `text`, with markup
// tags left out. A gold text (`gold`) also has its CleanEval "URL: ..." first line left
// out (after any blank lines: CleanPortalEval's golds open with one) and its character
// references resolved (DecodeEntities), once the tags are gone.
std::vector<std::string> Words(std::string_view text, bool gold) {
  std::string plain;
  if (gold) {
    const size_t start = std::min(text.size(), text.find_first_not_of(" \t\r\n"));
    if (text.substr(start).starts_with("URL:")) text.remove_prefix(std::min(text.size(), text.find('\n', start)));
    plain = DecodeEntities(StripTags(text));
  } else {
    plain = StripTags(text);
  }
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i < plain.size(); ++i) {
    const auto u = static_cast<unsigned char>(plain[i]);
    const bool nbsp = u == 0xC2 && i + 1 < plain.size() && static_cast<unsigned char>(plain[i + 1]) == 0xA0;
    if (!nbsp && (std::isalnum(u) || u >= 0x80)) {
      w.push_back(static_cast<char>(std::tolower(u)));
      continue;
    }
    if (nbsp) ++i;
    if (!w.empty()) words.push_back(std::move(w));
    w.clear();
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// The article part of a gold text: Dragnet's gold files hold the article, then a line
// "!@#$%^&*()  COMMENTS" and the page's comments; the article alone is scored, as in
// Dragnet's own content evaluation (its comments are scored separately there).
std::string_view GoldContent(std::string_view gold) {
  return gold.substr(0, gold.find("!@#$%^&*()"));
}

// Bag-of-words overlap: matched = sum over words of min(count in got, count in gold).
size_t Overlap(const std::vector<std::string>& got, const std::vector<std::string>& gold) {
  std::map<std::string_view, int> counts;
  for (const std::string& w : gold) ++counts[w];
  size_t matched = 0;
  for (const std::string& w : got) {
    auto it = counts.find(w);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++matched;
    }
  }
  return matched;
}

// DIR/input/NAME.html against DIR/GoldStandard/NAME.txt (CleanEval, Dragnet,
// Readability, CleanPortalEval as unpacked from cleaneval-dragnet-readability.tar.gz):
// word-level precision, recall and F1 per page, averaged over pages (macro), and over
// all words (micro). With `verbose`, one line per page: its name, precision, recall, F1
// and the word counts extracted and in the gold.
int RunWordLevel(const std::string& dir, bool verbose) {
  double p_sum = 0, r_sum = 0, f_sum = 0;
  size_t got_words = 0, gold_words = 0, matched_words = 0, pages = 0, failed = 0;
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "input")) inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  for (const fs::path& in : inputs) {
    const fs::path gold_path = fs::path(dir) / "GoldStandard" / (in.stem().string() + ".txt");
    std::error_code ec;
    if (!fs::exists(gold_path, ec)) continue;
    StatusOr<std::string> raw = ReadFileToString(in.string());
    StatusOr<std::string> gold = ReadFileToString(gold_path.string());
    if (!raw.ok() || !gold.ok()) continue;
    StatusOr<html::Page> page = html::ReadPage(in.string(), *raw, {});
    if (!page.ok()) ++failed;
    const std::vector<std::string> got = Words(page.ok() ? page->text : "", false);
    const std::vector<std::string> want = Words(GoldContent(html::DecodePage(*gold).text), true);
    const size_t m = Overlap(got, want);
    const double p = got.empty() ? 0 : double(m) / got.size();
    const double r = want.empty() ? 0 : double(m) / want.size();
    p_sum += p;
    r_sum += r;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    f_sum += f;
    if (verbose) {
      std::printf("%s\tP %.3f R %.3f F1 %.3f\tgot %zu gold %zu\n", in.filename().string().c_str(), p, r, f,
                  got.size(), want.size());
    }
    got_words += got.size();
    gold_words += want.size();
    matched_words += m;
    ++pages;
  }
  if (pages == 0) {
    std::cerr << "dossier eval extract: " << dir << ": no input/NAME.html with GoldStandard/NAME.txt\n";
    return kExitRejected;
  }
  const double mp = double(matched_words) / std::max<size_t>(1, got_words);
  const double mr = double(matched_words) / std::max<size_t>(1, gold_words);
  std::printf("%s: %zu pages (%zu unreadable), word level\n", dir.c_str(), pages, failed);
  std::printf("macro (mean over pages): precision %.3f  recall %.3f  F1 %.3f\n", p_sum / pages,
              r_sum / pages, f_sum / pages);
  std::printf("micro (over all words):  precision %.3f  recall %.3f  F1 %.3f\n", mp, mr,
              mp + mr > 0 ? 2 * mp * mr / (mp + mr) : 0);
  return kExitOk;
}

}  // namespace

int RunEvalExtract(int argc, char** argv) {
  CLI::App app{"Main-text extraction vs trafilatura's benchmark (snippet P/R/F1, pages/s)",
               "dossier eval extract"};
  std::string dataset;
  bool verbose = false;
  app.add_option("--dataset", dataset, "folder with evaldata.json and the pages")->required();
  app.add_flag("--verbose", verbose, "print every missed and wrongly kept snippet (word level: each page's scores)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  std::error_code ec;
  if (fs::is_directory(fs::path(dataset) / "input", ec) &&
      fs::is_directory(fs::path(dataset) / "GoldStandard", ec)) {
    return RunWordLevel(dataset, verbose);
  }
  StatusOr<std::string> json = ReadFileToString((fs::path(dataset) / "evaldata.json").string());
  if (!json.ok()) {
    std::cerr << "dossier eval extract: " << json.status().ToString() << "\n";
    return kExitRejected;
  }
  nlohmann::json eval = nlohmann::json::parse(*json, nullptr, false);
  if (eval.is_discarded() || !eval.is_object()) {
    std::cerr << "dossier eval extract: " << dataset << "/evaldata.json: not a JSON object\n";
    return kExitRejected;
  }
  StatusOr<Pages> pages = LoadPages(dataset);
  if (!pages.ok()) {
    std::cerr << "dossier eval extract: " << pages.status().ToString() << "\n";
    return kExitRejected;
  }
  Counts c;
  MetaCounts meta;
  std::vector<double> ms;
  size_t bytes = 0;
  int missing = 0, failed = 0;
  for (const auto& [url, item] : eval.items()) {
    const std::string file = item.value("file", "");
    auto page = pages->find(file);
    std::string text;
    if (page == pages->end()) {
      ++missing;
      std::cerr << "dossier eval extract: " << file << ": page not in the dataset\n";
    } else {
      html::PageOptions options;
      options.url = url;
      const auto t0 = std::chrono::steady_clock::now();
      StatusOr<html::Page> p = html::ReadPage(file, page->second, options);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      bytes += page->second.size();
      if (p.ok()) {
        ScoreMeta(p->meta, item, &meta);
        text = std::move(p->text);
      } else {
        ++failed;
        std::cerr << "dossier eval extract: " << p.status().ToString() << "\n";
      }
    }
    Score(text, item, verbose, file, &c);
  }
  const double precision = c.tp / std::max(1.0, double(c.tp + c.fp));
  const double recall = c.tp / std::max(1.0, double(c.tp + c.fn));
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  const double accuracy = (c.tp + c.tn) / std::max(1.0, double(c.tp + c.tn + c.fp + c.fn));
  double total_ms = 0;
  for (double m : ms) total_ms += m;
  std::sort(ms.begin(), ms.end());
  const double median = ms.empty() ? 0 : ms[ms.size() / 2];
  std::printf("trafilatura-eval: %zu pages (%d missing, %d unreadable), %d text & %d boilerplate segments\n",
              static_cast<size_t>(eval.size()), missing, failed, c.tp + c.fn, c.fp + c.tn);
  std::printf("precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f  (tp %d fn %d fp %d tn %d)\n",
              precision, recall, accuracy, f1, c.tp, c.fn, c.fp, c.tn);
  std::printf("metadata (exact match where the gold is given): title %d/%d %.3f  date %d/%d %.3f  author %d/%d %.3f\n",
              meta.title_ok, meta.title_gold, meta.title_ok / std::max(1.0, double(meta.title_gold)),
              meta.date_ok, meta.date_gold, meta.date_ok / std::max(1.0, double(meta.date_gold)),
              meta.author_ok, meta.author_gold, meta.author_ok / std::max(1.0, double(meta.author_gold)));
  std::printf("speed: median %.2f ms/page, mean %.2f ms/page, %.0f pages/s, %.1f MB/s (html::ReadPage, 1 thread)\n",
              median, total_ms / std::max<size_t>(1, ms.size()),
              ms.size() / std::max(1e-9, total_ms / 1000), bytes / 1e6 / std::max(1e-9, total_ms / 1000));
  return kExitOk;
}

}  // namespace dossier::cli
