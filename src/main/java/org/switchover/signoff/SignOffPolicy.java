package org.switchover.signoff;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.reconcile.Reconciliation;

import java.util.List;
import java.util.Locale;

/**
 * What a sign-off is held to beyond its report: the roles that may sign ({@code permittedRoles}), the required ones, whether
 * one owner may hold two required roles, and the hash of the configured check set ({@code checkSetHash}; null when it
 * cannot be read, {@code checkSetProblem} then says why), which the signed reconciliation must have been made with.
 */
public record SignOffPolicy(List<String> permittedRoles, List<String> requiredRoles, boolean allowSameSigner, String checkSetHash,
                            String checkSetProblem) {
    public SignOffPolicy {
        permittedRoles = List.copyOf(permittedRoles);
        requiredRoles = List.copyOf(requiredRoles);
    }

    /** The policy the settings describe; the configured check set is hashed now. */
    public static SignOffPolicy of(SwitchoverSettings settings) {
        SwitchoverSettings.SignOffRules rules = settings.signOffRules();
        String hash = null;
        String problem = null;
        try {
            hash = Reconciliation.checkSetHash(rules.configuredChecks(), settings.mappings());
        } catch (RuntimeException e) {
            problem = "the configured check set " + rules.configuredChecks() + " cannot be read: " + e.getMessage();
        }
        return new SignOffPolicy(settings.permittedSignOffRoles(), settings.requiredRoles(), rules.allowSameSignerForRoles(), hash, problem);
    }

    /**
     * Refuses a role that may not sign, naming those that may: one rule for a sign-off and for the account that will
     * make one in the browser ({@code user add}).
     */
    public static void requirePermitted(List<String> permittedRoles, String role) {
        if (permittedRoles.stream().noneMatch(r -> r.strip().equalsIgnoreCase(role.strip()))) {
            throw new ConfigurationException("role '" + role.strip() + "' may not sign off: the roles that may are "
                    + String.join("; ", permittedRoles) + " (signOffRoles and requiredSignOffRoles in switchover.yml)");
        }
    }

    boolean required(String role) {
        return requiredRoles.stream().anyMatch(r -> r.strip().equalsIgnoreCase(role.strip()));
    }

    static String person(String owner) {
        return owner.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
