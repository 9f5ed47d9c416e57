package org.switchover.mapping;

import java.util.Map;

/**
 * {@link References} given inline by a fixture: {@code chains} (legacy person key → SURVIVOR, MERGED
 * or BROKEN), {@code person} (legacy person key → person id) and target tables (key → fetched value).
 */
final class FixtureReferences implements References {
    static final String CHAINS = "chains";
    private final Map<String, Map<String, String>> refs;

    FixtureReferences(Map<String, Map<String, String>> refs) {
        this.refs = refs;
    }

    @Override
    public Chain chain(String personKey) {
        String chain = refs.getOrDefault(CHAINS, Map.of()).get(personKey);
        return chain == null ? Chain.MISSING : Chain.valueOf(chain.trim().toUpperCase());
    }

    @Override
    public String lookup(String reference, String fetch, String key) {
        return refs.getOrDefault(reference, Map.of()).get(key);
    }
}
