package dev.socketworkbench.net.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.tcp.LineEnding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * client_list.py's protocol: the client sends its name, the server records
 * {@code {name, address, port}} in the shared {@link ClientDirectory} and replies with the JSON
 * object of every client so far, whole however long it is (the seed's 1,024-byte receive cut it
 * off), then closes. A name that is too long, not UTF-8 text, empty or binary gets
 * {@code {"error": "..."}} instead and the connection closes.
 */
public final class ClientListProtocol implements Protocol {
    private final ClientDirectory directory;
    private final int maxNameBytes;
    private final Framing framing;
    private final ObjectMapper json = new ObjectMapper();

    public ClientListProtocol(ClientDirectory directory, int maxNameBytes) {
        this.directory = directory;
        this.maxNameBytes = maxNameBytes;
        // One byte more than allowed, so a name that is too long shows as one.
        this.framing = new ChunkFraming(maxNameBytes + 1);
    }

    @Override
    public Framing framing() {
        return framing;
    }

    @Override
    public Next onMessage(byte[] message, Conversation conversation) throws IOException {
        String problem = null;
        String name = "";
        if (message.length > maxNameBytes) {
            problem = "The name is longer than " + maxNameBytes + " bytes; send a shorter name.";
        } else {
            try {
                name = LineEnding.strip(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(message)).toString());
                if (name.isEmpty()) {
                    problem = "The name is empty; send a name such as name1.";
                } else if (name.chars().anyMatch(Character::isISOControl)) {
                    problem = "The name contains control characters, which looks like binary data; send the name as plain text.";
                }
            } catch (CharacterCodingException e) {
                problem = "The name is not valid UTF-8 text, which looks like binary data; send the name as plain text.";
            }
        }
        if (problem != null) {
            conversation.reply(toJson(Map.of("error", problem)));
            return Next.CLOSE;
        }
        conversation.nameClient(name);
        var remote = conversation.remote();
        Map<String, ClientEntry> all = directory.add(
                new ClientEntry(name, Endpoints.host(remote.getAddress()), remote.getPort()));
        conversation.reply(toJson(all));
        return Next.CLOSE;
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Maps of strings and records always serialise; this would be a bug here, not bad input.
            throw new IllegalStateException("Could not write the client list as JSON", e);
        }
    }
}
