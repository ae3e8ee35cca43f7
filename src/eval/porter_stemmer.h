// porter_stemmer.h: the Porter stemmer exactly as ROUGE-1.5.5 runs it.
//
//   std::string s = dossier::eval::RougePorterStem("generalizations");  // "gener"
//
// This is the classic Porter (1980) suffix stripper in the form of Martin Porter's Perl
// reference (with its "bli"/"logi" departures), plus Chin-Yew Lin's 2004 change to step 4
// that ROUGE-1.5.5.pl's `sub stem` carries. It is NOT Snowball's "english" stemmer, so
// libstemmer cannot stand in for it. Input is expected to be lower-case ASCII; other
// bytes are treated as consonants, exactly as the Perl regular expressions do.
#ifndef DOSSIER_SRC_EVAL_PORTER_STEMMER_H_
#define DOSSIER_SRC_EVAL_PORTER_STEMMER_H_

#include <string>
#include <string_view>

namespace dossier::eval {

// Returns the Porter stem of `word`. Words shorter than 3 bytes come back unchanged.
std::string RougePorterStem(std::string_view word);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_PORTER_STEMMER_H_
