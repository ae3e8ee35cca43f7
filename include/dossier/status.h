// status.h: errors that say what went wrong and where.
//
//   dossier::StatusOr<std::string> text = dossier::ReadFileToString(path);
//   if (!text.ok()) std::cerr << text.status().ToString() << "\n";
//
//   DOSSIER_ASSIGN_OR_RETURN(std::string body, ReadFileToString(path));
//   DOSSIER_RETURN_IF_ERROR(ValidateSomething(body));
//
// A Status is either OK or a code plus a message; messages name the file and line
// ("articles.jsonl:12: missing field \"text\""). StatusOr<T> holds a value or an error.
#ifndef DOSSIER_STATUS_H_
#define DOSSIER_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dossier {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the input is malformed (broken JSON, empty article, binary data)
  kNotFound,         // a file or record does not exist
  kIoError,          // the OS refused a read or write
  kOutOfRange,       // a value outside what the format allows (absurd date, huge file)
  kInternal,         // a broken invariant: a bug in Dossier
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status OutOfRange(std::string m) { return {StatusCode::kOutOfRange, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: a.jsonl:3: broken JSON ..." or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-OK Status. Accessing value() on an error is a bug (asserts).
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status() : std::get<Status>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dossier

#define DOSSIER_STATUS_CONCAT_INNER_(a, b) a##b
#define DOSSIER_STATUS_CONCAT_(a, b) DOSSIER_STATUS_CONCAT_INNER_(a, b)

#define DOSSIER_RETURN_IF_ERROR(expr)               \
  do {                                              \
    ::dossier::Status dossier_status_ = (expr);     \
    if (!dossier_status_.ok()) return dossier_status_; \
  } while (0)

#define DOSSIER_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()

#define DOSSIER_ASSIGN_OR_RETURN(lhs, expr) \
  DOSSIER_ASSIGN_OR_RETURN_IMPL_(DOSSIER_STATUS_CONCAT_(dossier_statusor_, __LINE__), lhs, expr)

#endif  // DOSSIER_STATUS_H_
