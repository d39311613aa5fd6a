package it.formapro.common.reports;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs an {@link EditionWideReport} through the {@link ReportGate}, outside any transaction it opens. */
@EditionWideReport
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE) // before @Transactional (PLATFORM_BEFORE + 200): waiting holds no transaction
public class EditionWideReportInterceptor {

    private final ReportGate gate;

    public EditionWideReportInterceptor(ReportGate gate) {
        this.gate = gate;
    }

    @AroundInvoke
    Object throughTheGate(InvocationContext invocation) throws Exception {
        return gate.run(invocation::proceed);
    }
}
