package deferredsim.core.reactor.scenario;

import deferredsim.core.reactor.net.Poem;
import deferredsim.core.reactor.server.ServerKind;
import deferredsim.core.reactor.server.ServerSpec;
import deferredsim.core.reactor.server.TransformClientSpec;
import deferredsim.core.reactor.service.ServiceSpec;
import deferredsim.core.reactor.service.TwistdSpec;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.scenario.Located;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the sections of Parts 11, 12 and 16: {@code twistedServers}, {@code transformClients} and
 * {@code twistd} (see docs/reactor-scenarios.md), with the reader's kind of messages.
 */
final class ServerSectionsReader {
    private ServerSectionsReader() {}

    static List<ServerSpec> twistedServers(Optional<Located> at) throws ScenarioException {
        List<ServerSpec> servers = new ArrayList<>();
        if (at.isEmpty()) {
            return servers;
        }
        Set<Integer> ports = new HashSet<>();
        for (Located server : at.get().elements("an array of Twisted servers")) {
            String owner = "a Twisted server";
            server.object("a Twisted server: {\"kind\": \"fast\", \"port\": 10000, \"text\": \"...\"}");
            server.allowOnly(
                    List.of(
                            "kind",
                            "port",
                            "poem",
                            "bytes",
                            "text",
                            "chunk",
                            "delay",
                            "stopLoopOnLost",
                            "readSize",
                            "start"),
                    owner);
            Located kindAt = server.required("kind", owner);
            String word = kindAt.string("fast, slow or transform");
            ServerKind kind = null;
            for (ServerKind k : ServerKind.values()) {
                kind = k.word().equals(word) ? k : kind;
            }
            if (kind == null) {
                throw kindAt.error("expected fast, slow or transform, not " + Located.show(word));
            }
            Located portAt = server.required("port", owner);
            int port = portAt.integer(1, 65535, "a port");
            if (!ports.add(port)) {
                throw portAt.error("two Twisted servers listen on port " + port);
            }
            Poem poem = kind == ServerKind.TRANSFORM ? null : poem(server, owner);
            if (kind == ServerKind.TRANSFORM) {
                for (String key : List.of("poem", "bytes", "text")) {
                    if (server.optional(key).isPresent()) {
                        throw server.keyError(key, "a transform server has no poem: its clients send them");
                    }
                }
            }
            int chunk = 0;
            Time delay = null;
            boolean stopLoopOnLost = true;
            if (kind == ServerKind.SLOW) {
                chunk = server.required("chunk", owner).integer(1, 100_000_000, "a chunk size in bytes");
                delay = server.required("delay", owner).time();
                if (delay.equals(Time.ZERO)) {
                    throw server.required("delay", owner).error("expected a delay above 0 (a LoopingCall's interval)");
                }
                if (server.optional("stopLoopOnLost").isPresent()) {
                    stopLoopOnLost = server.optional("stopLoopOnLost").get().bool();
                }
            } else {
                for (String key : List.of("chunk", "delay", "stopLoopOnLost")) {
                    if (server.optional(key).isPresent()) {
                        throw server.keyError(key, "only a slow server sends in chunks");
                    }
                }
            }
            int readSize = server.optional("readSize").isPresent()
                    ? server.optional("readSize").get().integer(1, 65536, "a read size in bytes")
                    : Tcp.DEFAULT_READ_SIZE;
            servers.add(new ServerSpec(kind, port, poem, chunk, delay, stopLoopOnLost, readSize, start(server)));
        }
        return servers;
    }

    static List<TransformClientSpec> transformClients(Optional<Located> at, Set<String> names)
            throws ScenarioException {
        List<TransformClientSpec> clients = new ArrayList<>();
        if (at.isEmpty()) {
            return clients;
        }
        for (Located client : at.get().elements("an array of transform clients")) {
            String owner = "a transform client";
            client.object("a transform client: {\"name\": \"d\", \"port\": 11000, \"transform\": \"cummingsify\","
                    + " \"poem\": \"HELLO\"}");
            client.allowOnly(List.of("name", "port", "transform", "poem", "send", "start"), owner);
            Located nameAt = client.required("name", owner);
            String name = nameAt.word("the name of the client's Deferred");
            if (!names.add("client " + name)) {
                throw nameAt.error("two transform clients are called " + Located.show(name));
            }
            int port = client.required("port", owner).integer(1, 65535, "a port");
            String transform = client.required("transform", owner).string("a transform's name");
            String poem = client.required("poem", owner).string("the poem to transform");
            List<TransformClientSpec.RawSend> sends = new ArrayList<>();
            if (client.optional("send").isPresent()) {
                for (Located send : client.optional("send").get().elements("an array of raw sends")) {
                    send.object("a raw send: {\"after\": 0, \"data\": \"5:HELLO,\"}");
                    send.allowOnly(List.of("after", "data"), "a raw send");
                    sends.add(new TransformClientSpec.RawSend(
                            send.required("after", "a raw send").time(),
                            send.required("data", "a raw send").string("the bytes to send")));
                }
                if (sends.isEmpty()) {
                    throw client.optional("send").get().error("expected at least one raw send");
                }
            }
            clients.add(new TransformClientSpec(name, port, transform, poem, sends, start(client)));
        }
        return clients;
    }

    static TwistdSpec twistd(Located at) throws ScenarioException {
        String owner = "the twistd section";
        at.object("twistd: {\"application\": \"fastpoetry\", \"services\": [...], \"sigint\": 5}");
        at.allowOnly(List.of("application", "services", "sigint"), owner);
        String application = at.optional("application").isPresent()
                ? at.optional("application").get().word("the application's name")
                : "application";
        Set<String> names = new HashSet<>(List.of(application));
        List<ServiceSpec> services = services(at.required("services", owner), names);
        Time sigint =
                at.optional("sigint").isPresent() ? at.optional("sigint").get().time() : null;
        return new TwistdSpec(application, services, sigint);
    }

    private static List<ServiceSpec> services(Located at, Set<String> names) throws ScenarioException {
        List<ServiceSpec> services = new ArrayList<>();
        for (Located service : at.elements("an array of services")) {
            services.add(service(service, names));
        }
        return services;
    }

    private static ServiceSpec service(Located at, Set<String> names) throws ScenarioException {
        String owner = "a service";
        at.object("a service: {\"kind\": \"tcp\", \"port\": 10000, \"text\": \"...\"}");
        Located kindAt = at.required("kind", owner);
        String kind = kindAt.string("multi, tcp, poetry or custom");
        String name = switch (kind) {
            case "multi", "custom" -> at.required("name", owner).word("a service's name");
            case "tcp" ->
                at.optional("name").isPresent()
                        ? at.optional("name").get().word("a service's name")
                        : "tcp_" + at.required("port", owner).integer(1, 65535, "a port");
            case "poetry" ->
                at.optional("name").isPresent() ? at.optional("name").get().word("a service's name") : "poetry";
            default -> throw kindAt.error("expected multi, tcp, poetry or custom, not " + Located.show(kind));
        };
        if (!names.add(name)) {
            throw (at.optional("name").isPresent() ? at.optional("name").get() : at)
                    .error("two services are called " + Located.show(name) + "; give each a \"name\"");
        }
        return switch (kind) {
            case "multi" -> {
                at.allowOnly(List.of("kind", "name", "services"), "a multi service");
                yield new ServiceSpec.Multi(name, services(at.required("services", "a multi service"), names));
            }
            case "tcp" -> {
                at.allowOnly(List.of("kind", "name", "port", "poem", "bytes", "text"), "a tcp service");
                yield new ServiceSpec.TcpServer(
                        name, at.required("port", owner).integer(1, 65535, "a port"), poem(at, "a tcp service"));
            }
            case "poetry" -> {
                at.allowOnly(List.of("kind", "name", "poem", "bytes", "text"), "a poetry service");
                yield new ServiceSpec.Poetry(name, poem(at, "a poetry service"));
            }
            default -> {
                at.allowOnly(List.of("kind", "name", "stopAfter", "stopFails"), "a custom service");
                Time stopAfter = at.optional("stopAfter").isPresent()
                        ? at.optional("stopAfter").get().time()
                        : null;
                String stopFails = at.optional("stopFails").isPresent()
                        ? at.optional("stopFails").get().string("the message stopService fails with")
                        : null;
                yield new ServiceSpec.Custom(name, stopAfter, stopFails);
            }
        };
    }

    /** A poem: {@code poem} (its name, default {@code poem}) with {@code bytes} or {@code text}. */
    static Poem poem(Located at, String owner) throws ScenarioException {
        String name =
                at.optional("poem").isPresent() ? at.optional("poem").get().word("a poem's name") : "poem";
        Optional<Located> bytes = at.optional("bytes");
        Optional<Located> text = at.optional("text");
        if (bytes.isPresent() == text.isPresent()) {
            throw (bytes.isPresent()
                    ? at.keyError("text", owner + " has \"bytes\" or \"text\", not both")
                    : at.error(
                            "missing key 'bytes' (or 'text') in " + owner + ": its poem's size, or the poem itself"));
        }
        return bytes.isPresent()
                ? Poem.ofSize(name, bytes.get().integer(0, 100_000_000, "a number of bytes"))
                : Poem.ofText(name, text.get().string("the poem's text"));
    }

    private static Time start(Located at) throws ScenarioException {
        return at.optional("start").isPresent() ? at.optional("start").get().time() : Time.ZERO;
    }
}
