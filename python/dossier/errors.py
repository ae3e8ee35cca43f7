"""Exceptions of the dossier package.

Each is raised with the engine's message (what went wrong and where, e.g. "no article
with id 00a3f09c2e5b7d1e"), and each is also the standard exception a Python caller
would catch for that kind of error:

    InvalidArgumentError  ValueError    malformed input, a bad option value
    NotFoundError         KeyError      an unknown article or story id
    IoError               OSError       the OS refused a read
    OutOfRangeError       ValueError    a value beyond what the format allows
    InternalError         RuntimeError  a bug in Dossier

All derive from dossier.Error. Bad documents given to Engine.add are not raised: each is
reported in its own result, as the C++ Engine::Add reports it.
"""


class Error(Exception):
    """Base of every dossier error; str(e) is the engine's message."""


class InvalidArgumentError(Error, ValueError):
    """The input or an option is malformed."""


class NotFoundError(Error, KeyError):
    """An article or story id the engine does not hold."""

    def __str__(self):
        # KeyError would print the message's repr (quoted); the message reads better.
        return str(self.args[0]) if self.args else ""


class IoError(Error, OSError):
    """The OS refused a read or write."""


class OutOfRangeError(Error, ValueError):
    """A value outside what the format allows (a huge document, an absurd date)."""


class InternalError(Error, RuntimeError):
    """A broken invariant: a bug in Dossier."""


class DossierWarning(UserWarning):
    """A document left out or repaired by dossier.brief (the CLI prints these on stderr)."""
