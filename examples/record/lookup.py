"""Looks up two words on a pretend slow dictionary, driven by a task.Clock.

Record it:  ./deferred-sim record examples/record/lookup.py -o lookup.json
"""

from twisted.internet import task
from twisted.internet.defer import Deferred, gatherResults

clock = task.Clock()
WORDS = {"defer": "put off until later", "yield": "give way"}


def look_up(word):
    answer = Deferred()
    if word in WORDS:
        clock.callLater(1, answer.callback, WORDS[word])
    else:
        clock.callLater(2, answer.errback, KeyError(word))
    return answer


def unknown(failure):
    failure.trap(KeyError)
    return "(not in the dictionary)"


first = look_up("defer")
second = look_up("await")
second.addErrback(unknown)
both = gatherResults([first, second])
both.addCallback(lambda meanings: print("; ".join(meanings)))
clock.advance(1)
clock.advance(1)
