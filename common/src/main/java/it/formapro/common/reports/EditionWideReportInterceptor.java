package it.formapro.common.reports;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs an {@link EditionWideReport} through the {@link ReportGate}, outside any transaction it opens. In an HTTP
 * request the turn lasts until the answer is written ({@link RequestTurn}); elsewhere, for the method's call.
 */
@EditionWideReport
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE) // before @Transactional (PLATFORM_BEFORE + 200): waiting holds no transaction
public class EditionWideReportInterceptor {

    private final ReportGate gate;
    private final RequestTurn requestTurn;

    public EditionWideReportInterceptor(ReportGate gate, RequestTurn requestTurn) {
        this.gate = gate;
        this.requestTurn = requestTurn;
    }

    @AroundInvoke
    Object throughTheGate(InvocationContext invocation) throws Exception {
        if (!Arc.container().requestContext().isActive()) {
            return gate.run(invocation::proceed);
        }
        if (!requestTurn.held()) {
            requestTurn.hold(gate.enter());
        }
        return invocation.proceed();
    }
}
