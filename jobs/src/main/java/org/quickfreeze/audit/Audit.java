package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestKey;

/**
 * The audit of the stored requests as of D: takes the requests one by one, keeps the
 * preservations and MLA requests that have happened by D, then matches follow-ups and
 * gives every preservation its state.
 */
public final class Audit {

    private final FollowUpMatcher matcher = new FollowUpMatcher();

    private final StateRule stateRule;

    private final AsOf asOf;

    private final List<Preservation> preservations = new ArrayList<>();

    private final List<CaseRequest> mlaRequests = new ArrayList<>();

    public Audit(Limits limits, AsOf asOf) {
        this.stateRule = new StateRule(limits);
        this.asOf = asOf;
    }

    public record Result(List<Finding> findings, List<UnresolvedLink> unresolvedLinks, int mlaRequests) {
    }

    /**
     * A request with {@code requested_on} after D has not happened yet and is ignored.
     */
    public void add(CaseRequest request) {
        if (!asOf.hasHappened(request.requestedOn())) {
            return;
        }
        if (request.requestType().isPreservation()) {
            preservations.add(Preservation.asOf(request, asOf));
        }
        else if (request.requestType().isMla()) {
            mlaRequests.add(request);
        }
    }

    /**
     * @param storedRequest looks up any stored request, to explain links that name no
     * preservation
     */
    public Result result(Function<RequestKey, CaseRequest> storedRequest) {
        FollowUpMatcher.Result matched = matcher.match(preservations, mlaRequests, storedRequest);
        Finding[] findings = new Finding[preservations.size()];
        for (int i = 0; i < findings.length; i++) {
            Preservation p = preservations.get(i);
            findings[i] = stateRule.classify(p, matched.followUps().get(p.key()), asOf);
        }
        // the order is total (register and request id are unique), so sorting in parallel
        // gives the same list
        Arrays.parallelSort(findings, Finding.ORDER);
        return new Result(Arrays.asList(findings), matched.unresolvedLinks(), mlaRequests.size());
    }

}
