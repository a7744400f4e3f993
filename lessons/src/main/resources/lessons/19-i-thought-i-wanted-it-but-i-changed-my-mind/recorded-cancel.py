"""Three requests for a poem on one task.Clock: a Deferred without a canceller
(bare), one whose canceller calls off its delivery (request), and one that has
fired and waits on a second request when it is cancelled (outer)."""
from twisted.internet import task
from twisted.internet.defer import Deferred

clock = task.Clock()


def ask_for_poem(seconds):
    def call_off(request):
        delivery.cancel()
        print("canceller: the delivery is called off")

    request = Deferred(call_off)
    delivery = clock.callLater(seconds, request.callback, "a poem")
    return request


def got_poem(poem):
    print("got", poem)


def no_poem(failure):
    print("no poem:", failure.type.__name__)


def ask_again(answer):
    print("outer got", answer, "and now waits on a second request")
    return ask_for_poem(5)


def outer_canceller(outer):
    print("the canceller of outer")


def deliver_anyway():
    print("producer: delivering anyway")
    bare.callback("a late poem")


bare = Deferred()
bare.addCallbacks(got_poem, no_poem)
clock.callLater(1, bare.cancel)
clock.callLater(4, deliver_anyway)

request = ask_for_poem(5)
request.addCallbacks(got_poem, no_poem)
clock.callLater(2, request.cancel)

outer = Deferred(outer_canceller)
outer.addCallback(ask_again)
outer.addCallbacks(got_poem, no_poem)
clock.callLater(3, outer.callback, "yes")
clock.callLater(6, outer.cancel)

for second in range(10):
    clock.advance(1)
