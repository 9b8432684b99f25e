package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The audit of the stored requests as of D: matches follow-ups and gives every
 * preservation its state. Requests dated after D are not passed in.
 */
public final class Audit {

    private final FollowUpMatcher matcher = new FollowUpMatcher();

    private final StateRule stateRule;

    public Audit(Limits limits) {
        this.stateRule = new StateRule(limits);
    }

    public record Result(List<Finding> findings, List<UnresolvedLink> unresolvedLinks) {
    }

    public Result run(List<Preservation> preservations, List<CaseRequest> mlaRequests, AsOf asOf,
            Function<RequestKey, CaseRequest> storedRequest) {
        FollowUpMatcher.Result matched = matcher.match(preservations, mlaRequests, storedRequest);
        List<Finding> findings = new ArrayList<>(preservations.size());
        for (Preservation p : preservations) {
            findings.add(stateRule.classify(p, matched.followUps().get(p.key()), asOf));
        }
        findings.sort(Finding.ORDER);
        return new Result(findings, matched.unresolvedLinks());
    }
}
