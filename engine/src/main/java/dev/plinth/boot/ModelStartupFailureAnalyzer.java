package dev.plinth.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the served model stopped Plinth from starting, and what to run, instead of a stack trace. */
class ModelStartupFailureAnalyzer extends AbstractFailureAnalyzer<ModelStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ModelStartupException cause) {
        StringBuilder description = new StringBuilder(cause.getMessage());
        cause.details().forEach(detail -> description.append("\n  - ").append(detail));
        return new FailureAnalysis(description.toString(), cause.action(), null);
    }
}
