"""Four downloads through one chain: transform may fail in two ways, and
transform_failed handles one of them (CannotTransform, keeping the original
poem) and passes every other failure on to report_failure."""
from twisted.internet import task
from twisted.internet.defer import Deferred


class CannotTransform(Exception):
    """The transformer gave up; args[0] is the poem as it came."""


class Gibberish(Exception):
    """What came was not a poem."""


class DownloadFailed(Exception):
    """The server never sent the poem."""


def transform(poem):
    if poem.startswith("#"):
        raise Gibberish(poem)
    if poem.isupper():
        raise CannotTransform(poem)
    return poem.lower()


def transform_failed(failure):
    if failure.check(CannotTransform):
        print("Could not transform it; keeping the original.")
        return failure.value.args[0]
    return failure


def show_poem(poem):
    print("Poem:", poem)


def report_failure(failure):
    print("No poem:", failure.type.__name__)


def add_steps(download):
    download.addCallback(transform)
    download.addErrback(transform_failed)
    download.addCallbacks(show_poem, report_failure)


clock = task.Clock()
plain = Deferred()
capitals = Deferred()
noise = Deferred()
lost = Deferred()
for download in (plain, capitals, noise, lost):
    add_steps(download)

clock.callLater(1, plain.callback, "Roses Are Red")
clock.callLater(2, capitals.callback, "ROSES ARE RED")
clock.callLater(3, noise.callback, "#%&*!")
clock.callLater(4, lost.errback, DownloadFailed("connection refused"))
clock.advance(4)
