package org.switchover.mapping;

import java.util.Map;

/**
 * {@link References} given inline by a fixture: {@code chains} (client_no → SURVIVOR, MERGED or
 * BROKEN), {@code person} (client_no → person id) and target tables (key → fetched value).
 */
final class FixtureReferences implements References {
    static final String CHAINS = "chains";
    private final Map<String, Map<String, String>> refs;

    FixtureReferences(Map<String, Map<String, String>> refs) {
        this.refs = refs;
    }

    @Override
    public Chain chain(String clientNo) {
        String chain = refs.getOrDefault(CHAINS, Map.of()).get(clientNo);
        return chain == null ? Chain.MISSING : Chain.valueOf(chain.trim().toUpperCase());
    }

    @Override
    public String lookup(String reference, String fetch, String key) {
        return refs.getOrDefault(reference, Map.of()).get(key);
    }
}
