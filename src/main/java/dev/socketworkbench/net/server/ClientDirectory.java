package dev.socketworkbench.net.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client list that every connection of a client-list server shares (client_list.py's
 * {@code client_list} dict): name to entry, in the order names first arrived. A name sent again
 * replaces its entry, as in the seed.
 */
public final class ClientDirectory {
    private final Map<String, ClientEntry> byName = new LinkedHashMap<>();

    /** Records {@code entry} and returns the whole list as it is right after, including it. */
    public synchronized Map<String, ClientEntry> add(ClientEntry entry) {
        byName.put(entry.name(), entry);
        return snapshot();
    }

    public synchronized Map<String, ClientEntry> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public synchronized int size() {
        return byName.size();
    }

    public synchronized void clear() {
        byName.clear();
    }
}
