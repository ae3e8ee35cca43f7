#include "tools/dossier/eval/section_labels.h"

#include <algorithm>
#include <cctype>

#include "src/base/strings.h"
#include "src/timex/calendar.h"
#include "tools/dossier/eval/label_tsv.h"

namespace dossier::cli {
namespace {

// id set story article begin end quote date precision expressions passing note
constexpr size_t kTimelineColumns = 12;
// id set story name type aliases articles central note
constexpr size_t kEntityColumns = 9;
// id set story article begin end quote standalone on_topic why note
constexpr size_t kReadabilityColumns = 11;
// id set story article begin end quote unique carried_in carried_quote note
constexpr size_t kUniqueColumns = 11;
// id set story label value article begin end quote verdict class note
constexpr size_t kNumberColumns = 12;
// id set story article begin end quote other_article other_begin other_end other_quote
// verdict note
constexpr size_t kRepeatColumns = 13;

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A name as compared with a label: lower-cased, without an abbreviation's closing period
// ("Coty Inc." and "Coty Inc" are one written name; a sentence's last period is often
// taken off a name that ends the sentence).
std::string NameForm(std::string_view s) {
  std::string out = Lower(s);
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The month of "YYYY-MM..." or 0.
int MonthOf(const std::string& date) {
  if (date.size() < 7 || date[4] != '-' || !std::isdigit(static_cast<unsigned char>(date[5])) ||
      !std::isdigit(static_cast<unsigned char>(date[6]))) {
    return 0;
  }
  return (date[5] - '0') * 10 + (date[6] - '0');
}

// The months a TIMEX3 quarter or season ("2022-Q1", "2022-SU") spans, as [first, last];
// {0, 0} for other forms.
std::pair<int, int> PartOfYear(const std::string& entry) {
  if (entry.size() != 7 || entry[4] != '-') return {0, 0};
  std::string part = entry.substr(5);
  if (part[0] == 'Q' && part[1] >= '1' && part[1] <= '4') {
    int q = part[1] - '0';
    return {3 * q - 2, 3 * q};
  }
  if (part == "SP") return {3, 5};
  if (part == "SU") return {6, 8};
  if (part == "FA") return {9, 11};
  if (part == "WI") return {12, 14};  // December to February
  return {0, 0};
}

// Index of the label of `labels` whose anchor lies in `c`'s sentence, or -1.
template <typename Label>
int LabelOf(const Citation& c, const std::vector<Label>& labels) {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].article == c.article && Overlaps(labels[i].anchor, c.span)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

// Every surface form of a labelled entity, lower-cased.
std::vector<std::string> FormsOf(const EntityLabel& e) {
  std::vector<std::string> out = {NameForm(e.name)};
  for (const std::string& a : e.aliases) out.push_back(NameForm(a));
  return out;
}

// Index of the labelled entity one of whose forms is `form` (lower-cased), or -1.
int EntityNamed(const std::string& form, const std::vector<std::vector<std::string>>& forms) {
  for (size_t i = 0; i < forms.size(); ++i) {
    if (std::find(forms[i].begin(), forms[i].end(), form) != forms[i].end()) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

// "" when `e` is right against the story's labels, else why not; `*matched` is the
// labelled entity it names (-1 if none).
std::string JudgeEntity(const KeyEntity& e, const std::vector<EntityLabel>& labels,
                        const std::vector<std::vector<std::string>>& forms, int* matched) {
  *matched = EntityNamed(NameForm(e.name), forms);
  for (size_t a = 0; *matched < 0 && a < e.aliases.size(); ++a) {
    *matched = EntityNamed(NameForm(e.aliases[a]), forms);
  }
  if (*matched < 0) return "unknown";
  if (labels[static_cast<size_t>(*matched)].type != e.type) return "type";
  for (const std::string& a : e.aliases) {
    int other = EntityNamed(NameForm(a), forms);
    if (other >= 0 && other != *matched) return "merged";
  }
  return "";
}

std::string FormatWrong(const std::map<std::string, int>& wrong) {
  std::string out;
  for (const auto& [why, n] : wrong) out += StrCat(out.empty() ? "" : ", ", why, " ", n);
  return out.empty() ? "none" : out;
}

// Reads the locator every anchored label row has: its id (column 0), its story (column
// 2), and the article and byte span of its anchor (columns `article`, +1 and +2).
template <typename Label>
Status ReadLocator(const std::vector<std::string_view>& f, size_t article,
                   const std::string& where, Label* l) {
  size_t id = 0, begin = 0, end = 0;
  if (!ParseSize(f[0], &id) || !ParseSize(f[article], &l->article) ||
      !ParseSize(f[article + 1], &begin) || !ParseSize(f[article + 2], &end) || begin >= end) {
    return Status::InvalidArgument(StrCat(where, ": bad id, article index or byte span"));
  }
  l->id = static_cast<int>(id);
  l->story = std::string(f[2]);
  l->anchor = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  return Status::Ok();
}

// Whether the label's two anchors lie in the sentences of citations `x` and `y`, in
// either order.
bool PairMatches(const RepeatLabel& l, const Citation& x, const Citation& y) {
  auto in = [](size_t article, Span anchor, const Citation& c) {
    return article == c.article && Overlaps(anchor, c.span);
  };
  return (in(l.article, l.anchor, x) && in(l.other_article, l.other_anchor, y)) ||
         (in(l.article, l.anchor, y) && in(l.other_article, l.other_anchor, x));
}

}  // namespace

StatusOr<std::vector<RepeatLabel>> ReadRepeatLabels(const std::string& path) {
  std::vector<RepeatLabel> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kRepeatColumns, [&](const std::vector<std::string_view>& f, const std::string& where) {
        RepeatLabel l;
        if (Status read = ReadLocator(f, 3, where, &l); !read.ok()) return read;
        size_t begin = 0, end = 0;
        if (!ParseSize(f[7], &l.other_article) || !ParseSize(f[8], &begin) ||
            !ParseSize(f[9], &end) || begin >= end) {
          return Status::InvalidArgument(StrCat(where, ": bad second article index or byte span"));
        }
        l.other_anchor = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
        if (f[11] != "same" && f[11] != "different") {
          return Status::InvalidArgument(StrCat(where, ": verdict is same|different"));
        }
        l.same = f[11] == "same";
        out.push_back(std::move(l));
        return Status::Ok();
      }));
  return out;
}

void ScoreRepeats(const Briefing& b, const std::vector<RepeatLabel>& labels, RepeatScore* score,
                  const std::string& story, std::ostream* show) {
  score->entries += static_cast<int>(b.timeline.size());
  for (size_t i = 0; i < b.timeline.size(); ++i) {
    for (size_t j = i + 1; j < b.timeline.size(); ++j) {
      const TimelineEntry &x = b.timeline[i], &y = b.timeline[j];
      if (x.event.cites.empty() || y.event.cites.empty() || !timex::CloseDates(x.date, y.date)) continue;
      ++score->pairs;
      const Citation &cx = x.event.cites.front(), &cy = y.event.cites.front();
      auto label = std::find_if(labels.begin(), labels.end(),
                                [&](const RepeatLabel& l) { return PairMatches(l, cx, cy); });
      if (label != labels.end()) {
        ++score->judged;
        score->same += label->same ? 1 : 0;
      }
      if (show == nullptr) continue;
      *show << story << "	timeline pair	"
            << (label == labels.end() ? "unjudged" : label->same ? "same" : "different") << "	"
            << x.date << " article " << cx.article << " bytes " << cx.span.begin << "-"
            << cx.span.end << "	" << x.event.text << "	" << y.date << " article "
            << cy.article << " bytes " << cy.span.begin << "-" << cy.span.end << "	"
            << y.event.text << "\n";
    }
  }
}

std::string FormatRepeatScore(const RepeatScore& s) {
  return StrCat("timeline repeats: ", s.entries, " entries, ", s.pairs,
                " pairs on close dates, ", s.judged, " judged; the same event told twice ",
                s.same, ", two events ", s.judged - s.same, "\n");
}

StatusOr<std::vector<TimelineLabel>> ReadTimelineLabels(const std::string& path) {
  std::vector<TimelineLabel> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kTimelineColumns, [&](const std::vector<std::string_view>& f, const std::string& where) {
        TimelineLabel l;
        if (Status read = ReadLocator(f, 3, where, &l); !read.ok()) return read;
        l.date = std::string(f[7]);
        l.precision = std::string(f[8]);
        if (l.date.empty() || (l.date != "none" && !std::isdigit(static_cast<unsigned char>(l.date[0])))) {
          return Status::InvalidArgument(StrCat(where, ": date must be YYYY[-MM[-DD]] or none"));
        }
        out.push_back(std::move(l));
        return Status::Ok();
      }));
  return out;
}

StatusOr<std::vector<EntityLabel>> ReadEntityLabels(const std::string& path) {
  std::vector<EntityLabel> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kEntityColumns, [&](const std::vector<std::string_view>& f, const std::string& where) {
        EntityLabel e;
        size_t id = 0;
        if (!ParseSize(f[0], &id) || f[3].empty()) {
          return Status::InvalidArgument(StrCat(where, ": bad id or empty name"));
        }
        e.id = static_cast<int>(id);
        e.story = std::string(f[2]);
        e.name = std::string(f[3]);
        e.type = std::string(f[4]);
        if (e.type != "person" && e.type != "organization" && e.type != "place" &&
            e.type != "other") {
          return Status::InvalidArgument(StrCat(where, ": unknown type '", e.type, "'"));
        }
        for (std::string_view a : Split(f[5], '|')) {
          if (!a.empty()) e.aliases.emplace_back(a);
        }
        e.central = f[7] == "yes";
        out.push_back(std::move(e));
        return Status::Ok();
      }));
  return out;
}

StatusOr<std::vector<ReadabilityLabel>> ReadReadabilityLabels(const std::string& path) {
  std::vector<ReadabilityLabel> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kReadabilityColumns,
      [&](const std::vector<std::string_view>& f, const std::string& where) {
        ReadabilityLabel l;
        if (Status read = ReadLocator(f, 3, where, &l); !read.ok()) return read;
        auto yes_no = [&](std::string_view v, bool* b) {
          *b = v == "yes";
          return v == "yes" || v == "no";
        };
        if (!yes_no(f[7], &l.standalone) || !yes_no(f[8], &l.on_topic)) {
          return Status::InvalidArgument(StrCat(where, ": standalone and on_topic are yes|no"));
        }
        l.why = std::string(f[9]);
        out.push_back(std::move(l));
        return Status::Ok();
      }));
  return out;
}

StatusOr<std::vector<UniqueLabel>> ReadUniqueLabels(const std::string& path) {
  std::vector<UniqueLabel> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kUniqueColumns, [&](const std::vector<std::string_view>& f, const std::string& where) {
        UniqueLabel l;
        if (Status read = ReadLocator(f, 3, where, &l); !read.ok()) return read;
        if (f[7] != "yes" && f[7] != "no" && f[7] != "partly") {
          return Status::InvalidArgument(StrCat(where, ": unique is yes|no|partly"));
        }
        l.unique = std::string(f[7]);
        out.push_back(std::move(l));
        return Status::Ok();
      }));
  return out;
}

void ScoreUnique(const Briefing& b, const std::vector<UniqueLabel>& labels, UniqueScore* score,
                 const std::string& story, std::ostream* show) {
  for (const UniqueStatements& u : b.unique) {
    for (const BriefItem& item : u.items) {
      ++score->shown;
      if (item.cites.empty()) continue;
      int l = LabelOf(item.cites.front(), labels);
      if (l < 0) {  // shown for a labeller: where the item is, to add its row
        if (show != nullptr) {
          *show << story << "\tunique\tunjudged\tarticle " << item.cites.front().article
                << " bytes " << item.cites.front().span.begin << "\t" << item.text << "\n";
        }
        continue;
      }
      const std::string& verdict = labels[static_cast<size_t>(l)].unique;
      ++score->judged;
      score->yes += verdict == "yes" ? 1 : 0;
      score->partly += verdict == "partly" ? 1 : 0;
      score->no += verdict == "no" ? 1 : 0;
      if (show != nullptr) *show << story << "\tunique\t" << verdict << "\t" << item.text << "\n";
    }
  }
}

std::string FormatUniqueScore(const UniqueScore& s) {
  return StrCat("only in one source: ", s.shown, " statements on labelled stories, ", s.judged,
                " judged; only there ", s.yes, " (", Percent(s.yes, s.judged), "), partly ",
                s.partly, ", carried elsewhere ", s.no, "; with partly ",
                Percent(s.yes + s.partly, s.judged), "\n");
}

StatusOr<std::vector<NumberLabel>> ReadNumberLabels(const std::string& path) {
  std::vector<NumberLabel> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kNumberColumns, [&](const std::vector<std::string_view>& f, const std::string& where) {
        NumberLabel l;
        if (Status read = ReadLocator(f, 5, where, &l); !read.ok()) return read;
        if (f[9] != "right" && f[9] != "wrong" && f[9] != "empty") {
          return Status::InvalidArgument(StrCat(where, ": verdict is right|wrong|empty"));
        }
        l.label = std::string(f[3]);
        l.empty = f[9] == "empty";
        l.right = f[9] == "right";
        l.why = l.right ? "" : (f[10].empty() ? "other" : std::string(f[10]));
        out.push_back(std::move(l));
        return Status::Ok();
      }));
  return out;
}

void ScoreNumbers(const Briefing& b, const std::vector<NumberLabel>& labels, NumberScore* score,
                  const std::string& story, std::ostream* show) {
  for (const KeyNumber& k : b.numbers) {
    ++score->shown;
    if (k.claims.empty()) continue;
    const Citation& at = k.claims.front().at;
    auto row = std::find_if(labels.begin(), labels.end(), [&](const NumberLabel& l) {
      return !l.empty && l.label == k.counted && l.article == at.article &&
             Overlaps(l.anchor, at.span);
    });
    if (row == labels.end()) continue;
    const NumberLabel& label = *row;
    ++score->judged;
    if (label.right) {
      ++score->right;
    } else {
      ++score->wrong[label.why];
    }
    if (show != nullptr) {
      *show << story << "\tnumber\t" << (label.right ? "right" : label.why) << "\t" << k.counted
            << "\t" << k.claims.front().text << "\n";
    }
  }
}

std::string FormatNumberScore(const NumberScore& s) {
  return StrCat("key numbers: ", s.shown, " on labelled stories, ", s.judged, " judged; right ",
                s.right, " (", Percent(s.right, s.judged), "); wrong: ", FormatWrong(s.wrong), "\n");
}

void ScoreReadability(const Briefing& b, const std::vector<ReadabilityLabel>& labels,
                      ReadabilityScore* score, const std::string& story, std::ostream* show) {
  for (const BriefItem& item : b.summary) {
    ++score->sentences;
    if (item.cites.empty()) continue;
    int l = LabelOf(item.cites.front(), labels);
    if (l < 0) continue;
    const ReadabilityLabel& label = labels[static_cast<size_t>(l)];
    ++score->judged;
    score->standalone += label.standalone ? 1 : 0;
    score->on_topic += label.on_topic ? 1 : 0;
    if (!label.standalone) ++score->not_standalone[label.why.empty() ? "other" : label.why];
    if (show != nullptr) {
      *show << story << "\treadability\t" << (label.standalone ? "standalone" : label.why)
            << (label.on_topic ? "" : " off-topic") << "\t" << item.text << "\n";
    }
  }
}

std::string FormatReadabilityScore(const ReadabilityScore& s) {
  return StrCat("summary: ", s.sentences, " sentences on labelled stories, ", s.judged,
                " judged; readable on its own ", s.standalone, " (", Percent(s.standalone, s.judged),
                "), on topic ", s.on_topic, " (", Percent(s.on_topic, s.judged),
                "); not readable: ", FormatWrong(s.not_standalone), "\n");
}

std::string JudgeDate(const std::string& entry, const std::string& label) {
  if (label == "none") return "no event";
  if (entry == label || StartsWith(label, entry + "-")) return "";
  if (StartsWith(entry, label + "-")) return "too precise";
  auto [first, last] = PartOfYear(entry);
  if (first > 0 && entry.compare(0, 4, label, 0, 4) == 0) {
    int month = MonthOf(label);
    if (month == 0) return "too precise";
    if ((month >= first && month <= last) || month + 12 <= last) return "";
  }
  return "other date";
}

void ScoreTimeline(const Briefing& b, const std::vector<TimelineLabel>& labels,
                   TimelineScore* score, const std::string& story, std::ostream* show) {
  for (const TimelineEntry& t : b.timeline) {
    ++score->entries;
    if (t.event.cites.empty()) continue;
    int l = LabelOf(t.event.cites.front(), labels);
    if (l < 0) continue;
    ++score->judged;
    const TimelineLabel& label = labels[static_cast<size_t>(l)];
    std::string why = JudgeDate(t.date, label.date);
    if (why.empty()) {
      ++score->right;
    } else {
      ++score->wrong[why];
    }
    if (show != nullptr) {
      *show << story << "\ttimeline\t" << (why.empty() ? "right" : why) << "\t" << t.date << " " << t.basis
            << " (label " << label.date << ", row " << label.id << ")\t" << t.event.text << "\n";
    }
  }
}

void ScoreEntities(const Briefing& b, const std::vector<EntityLabel>& labels,
                   EntityScore* score, const std::string& story, std::ostream* show) {
  std::vector<std::vector<std::string>> forms;
  for (const EntityLabel& e : labels) forms.push_back(FormsOf(e));
  std::vector<bool> found(labels.size(), false);
  for (const KeyEntity& e : b.entities) {
    ++score->reported;
    int matched = -1;
    std::string why = JudgeEntity(e, labels, forms, &matched);
    // A second item for an entity already listed splits it ("Suu Kyi" beside "Aung San
    // Suu Kyi").
    if (why.empty() && found[static_cast<size_t>(matched)]) why = "split";
    if (why.empty()) {
      ++score->right;
      found[static_cast<size_t>(matched)] = true;
    } else {
      ++score->wrong[why];
    }
    if (show != nullptr) {
      *show << story << "\tentity\t" << (why.empty() ? "right" : why) << "\t" << e.name << " ("
            << e.type << ")";
      if (matched >= 0) *show << " ~ label " << labels[static_cast<size_t>(matched)].id;
      *show << "\n";
    }
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    if (!labels[i].central) continue;
    ++score->central;
    score->central_found += found[i] ? 1 : 0;
  }
}

std::string FormatTimelineScore(const TimelineScore& s) {
  return StrCat("timeline: ", s.entries, " entries on labelled stories, ", s.judged,
                " judged (their sentence is labelled); date right ", s.right, " of ", s.judged,
                " (", Percent(s.right, s.judged), "); wrong: ", FormatWrong(s.wrong), "\n");
}

std::string FormatEntityScore(const EntityScore& s) {
  return StrCat("entities: ", s.reported, " reported on labelled stories; right ", s.right,
                " (", Percent(s.right, s.reported), "); wrong: ", FormatWrong(s.wrong),
                "\nentities recall: ", s.central_found, " of ", s.central,
                " central labelled entities reported right (",
                Percent(s.central_found, s.central), ")\n");
}

}  // namespace dossier::cli
