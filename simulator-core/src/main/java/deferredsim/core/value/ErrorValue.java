package deferredsim.core.value;

import java.util.Objects;

/** The exception inside a {@link Failure}. */
public sealed interface ErrorValue {
    /** The exception's canonical form, without the failure's {@code *}. */
    String render();

    /** {@code Exception(message)}: raised by a {@code fail V} stage or passed to {@code errback}. */
    record Raised(String message) implements ErrorValue {
        public Raised {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String render() {
            return message;
        }
    }

    /**
     * An exception of a recorded program whose type is not {@code Exception} itself: {@code
     * ValueError('x')} renders {@code ValueError(x)}, an exception without a message just its type
     * ({@code KeyError()} renders {@code KeyError}). {@code message} is Python's {@code str} of it.
     */
    record Typed(String type, String message) implements ErrorValue {
        public Typed {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String render() {
            return message.isEmpty() ? type : type + "(" + message + ")";
        }
    }

    /** {@code CancelledError()}: what {@code Deferred.cancel()} errbacks with. */
    enum Cancelled implements ErrorValue {
        INSTANCE;

        @Override
        public String render() {
            return "CancelledError";
        }
    }

    /**
     * {@code AlreadyCalledError()}: raised inside a callback that fired an already-fired deferred
     * (an inlineCallbacks generator finishing through a deferred that a paused cancel already
     * errbacked); like any exception in a callback, it becomes the chain's failure.
     */
    enum AlreadyCalled implements ErrorValue {
        INSTANCE;

        @Override
        public String render() {
            return "AlreadyCalledError";
        }
    }

    /** {@code FirstError(subFailure, index)}: a DeferredList with fireOnOneErrback failing. */
    record FirstError(Failure subFailure, int index) implements ErrorValue {
        public FirstError {
            Objects.requireNonNull(subFailure, "subFailure");
        }

        @Override
        public String render() {
            return Rendering.of(this);
        }
    }

    /**
     * Twisted's {@code _InternalInlineCallbacksCancelledError}: used inside the cancellation of an
     * inlineCallbacks deferred and trapped before any stage of the learner's sees it.
     */
    enum InlineCancelled implements ErrorValue {
        INSTANCE;

        @Override
        public String render() {
            return "_InternalInlineCallbacksCancelledError";
        }
    }
}
