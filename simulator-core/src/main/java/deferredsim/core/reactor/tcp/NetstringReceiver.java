package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.net.Data;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twisted's {@code basic.NetstringReceiver} (22.4), step for step: bytes arrive in any chunks, and
 * {@link #stringReceived} is called once per complete netstring ({@code LENGTH:PAYLOAD,}), however
 * the netstrings were split or merged on the way; several in one read give several calls, in order.
 * A malformed netstring (no length, a length over {@link #MAX_LENGTH}, no trailing comma) makes it
 * close the connection ({@code loseConnection}) and mark the peer broken. {@link #sendString}
 * writes one netstring. Bytes are characters here: netstrings carry known text.
 */
public abstract class NetstringReceiver extends Protocol {
    /** The longest payload accepted. */
    public static final int MAX_LENGTH = 99999;

    private static final Pattern LENGTH = Pattern.compile("(0|[1-9]\\d*)(:)");
    private static final Pattern LENGTH_PREFIX = Pattern.compile("(0|[1-9]\\d*)$");
    private static final int MAX_LENGTH_SIZE = (int) Math.ceil(Math.log10(MAX_LENGTH)) + 1;

    private String remaining = "";
    private final StringBuilder payload = new StringBuilder();
    private boolean parsingPayload;
    private int expectedPayloadSize;
    private boolean brokenPeer;

    /** True once a malformed netstring arrived. */
    public final boolean brokenPeer() {
        return brokenPeer;
    }

    /** One complete netstring's payload arrived. */
    protected abstract void stringReceived(String string);

    /** Writes {@code string} as one netstring. */
    public void sendString(String string) {
        String framed = string.length() + ":" + string + ",";
        transport.write(new Data(framed.length(), framed));
    }

    @Override
    public void dataReceived(Data data) {
        remaining += data.render();
        while (!remaining.isEmpty()) {
            try {
                consumeData();
            } catch (Incomplete incomplete) {
                break;
            } catch (ParseError error) {
                brokenPeer = true;
                transport.loseConnection();
                break;
            }
        }
    }

    private void consumeData() {
        if (!parsingPayload) {
            consumeLength();
            parsingPayload = true;
            payload.setLength(0);
        }
        consumePayload();
    }

    private void consumeLength() {
        Matcher length = LENGTH.matcher(remaining);
        if (!length.lookingAt()) {
            Matcher partial = LENGTH_PREFIX.matcher(remaining);
            if (!partial.lookingAt()) {
                throw new ParseError();
            }
            extractLength(partial.group(1));
            throw new Incomplete();
        }
        expectedPayloadSize = extractLength(length.group(1)) + 1;
        remaining = remaining.substring(length.end(2));
    }

    private static int extractLength(String digits) {
        if (digits.length() > MAX_LENGTH_SIZE) {
            throw new ParseError();
        }
        int length = Integer.parseInt(digits);
        if (length > MAX_LENGTH) {
            throw new ParseError();
        }
        return length;
    }

    private void consumePayload() {
        int missing = expectedPayloadSize - payload.length();
        if (remaining.length() >= missing) {
            payload.append(remaining, 0, missing);
            remaining = remaining.substring(missing);
        } else {
            payload.append(remaining);
            remaining = "";
            throw new Incomplete();
        }
        if (payload.charAt(payload.length() - 1) != ',') {
            throw new ParseError();
        }
        parsingPayload = false;
        String string = payload.substring(0, payload.length() - 1);
        Tcp.recordedCall(transport.process(), this, "stringReceived", List.of(string), () -> stringReceived(string));
    }

    /** Not enough bytes yet for the netstring being read. */
    private static final class Incomplete extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Incomplete() {
            super(null, null, false, false);
        }
    }

    /** The bytes do not form a netstring. */
    private static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() {
            super(null, null, false, false);
        }
    }
}
