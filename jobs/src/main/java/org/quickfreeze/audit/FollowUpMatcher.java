package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.RequestKey;

/**
 * Matches MLA requests to the preservations they follow up: explicitly through
 * {@code follows_up}, otherwise by case reference (same party, direction and counterpart,
 * requested on or after the preservation).
 */
public final class FollowUpMatcher {

    private static final Comparator<CaseRequest> BY_DAY_REGISTER_ID = Comparator.comparing(CaseRequest::requestedOn)
        .thenComparing(CaseRequest::register)
        .thenComparing(CaseRequest::requestId);

    public record Result(Map<RequestKey, FollowUp> followUps, List<UnresolvedLink> unresolvedLinks) {
    }

    private record CaseGroup(String caseReference, String party, Direction direction, String counterpart) {
    }

    /**
     * @param preservations the preservations as of D
     * @param mlaRequests the MLA requests requested on or before D, whatever their status
     * @param storedRequest looks up any stored request ({@code null} when absent), so
     * that a link naming a request that is not a preservation can say so
     */
    public Result match(Collection<Preservation> preservations, Collection<CaseRequest> mlaRequests,
            Function<RequestKey, CaseRequest> storedRequest) {
        Map<RequestKey, Preservation> byKey = new HashMap<>();
        for (Preservation p : preservations) {
            byKey.put(p.key(), p);
        }
        Map<RequestKey, FollowUp> followUps = new HashMap<>();
        List<UnresolvedLink> unresolved = new ArrayList<>();
        Map<CaseGroup, List<CaseRequest>> byCase = new HashMap<>();

        for (CaseRequest mla : mlaRequests) {
            if (mla.followsUp() != null && !mla.followsUp().isBlank()) {
                Preservation target = resolve(mla, byKey);
                if (target == null) {
                    unresolved.add(unresolvedLink(mla, storedRequest));
                }
                else {
                    followUps.merge(target.key(), new FollowUp(mla, LinkKind.EXPLICIT), FollowUp::earlier);
                }
            }
            else if (normalized(mla.caseReference()) != null) {
                byCase.computeIfAbsent(groupOf(mla), g -> new ArrayList<>()).add(mla);
            }
        }
        byCase.values().forEach(list -> list.sort(BY_DAY_REGISTER_ID));

        for (Preservation p : preservations) {
            if (normalized(p.request().caseReference()) == null) {
                continue;
            }
            List<CaseRequest> candidates = byCase.get(groupOf(p.request()));
            if (candidates == null) {
                continue;
            }
            int first = firstOnOrAfter(candidates, p.request().requestedOn().toEpochDay());
            if (first < candidates.size()) {
                followUps.merge(p.key(), new FollowUp(candidates.get(first), LinkKind.CASE_REFERENCE),
                        FollowUp::earlier);
            }
        }
        return new Result(followUps, unresolved);
    }

    /**
     * {@code REGISTER/REQUEST_ID} names a request of another register; request ids may
     * contain a slash themselves, so a reference that names nothing that way is tried as
     * an id of the MLA request's own register.
     */
    private static Preservation resolve(CaseRequest mla, Map<RequestKey, Preservation> byKey) {
        String reference = mla.followsUp().trim();
        int slash = reference.indexOf('/');
        if (slash > 0) {
            Preservation p = byKey
                .get(new RequestKey(reference.substring(0, slash).trim(), reference.substring(slash + 1).trim()));
            if (p != null) {
                return p;
            }
        }
        return byKey.get(new RequestKey(mla.register(), reference));
    }

    private static UnresolvedLink unresolvedLink(CaseRequest mla, Function<RequestKey, CaseRequest> storedRequest) {
        String reference = mla.followsUp().trim();
        int slash = reference.indexOf('/');
        CaseRequest named = storedRequest.apply(new RequestKey(mla.register(), reference));
        if (named == null && slash > 0) {
            named = storedRequest
                .apply(new RequestKey(reference.substring(0, slash).trim(), reference.substring(slash + 1).trim()));
        }
        String reason;
        if (named == null) {
            reason = "follows_up '" + reference + "' names no request in register " + mla.register()
                    + " (write REGISTER/REQUEST_ID for a request of another register)";
        }
        else if (!named.requestType().isPreservation()) {
            reason = "follows_up '" + reference + "' names a " + named.requestType() + " request, not a preservation";
        }
        else {
            reason = "follows_up '" + reference + "' names a preservation requested on " + named.requestedOn()
                    + ", after the as-of day";
        }
        return new UnresolvedLink(mla.register(), mla.requestId(), reference, reason);
    }

    private static int firstOnOrAfter(List<CaseRequest> sorted, long epochDay) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).requestedOn().toEpochDay() < epochDay) {
                low = mid + 1;
            }
            else {
                high = mid;
            }
        }
        return low;
    }

    private static CaseGroup groupOf(CaseRequest r) {
        return new CaseGroup(normalized(r.caseReference()), r.party(), r.direction(), r.counterpart());
    }

    static String normalized(String caseReference) {
        if (caseReference == null) {
            return null;
        }
        String trimmed = caseReference.trim();
        return trimmed.isEmpty() ? null : trimmed.toLowerCase(Locale.ROOT);
    }

}
