package dev.emcee.scheduler;

import org.quartz.DisallowConcurrentExecution;

/**
 * The Quartz job class of standing jobs ({@link JobKind#stands()}): the pipeline's job, never run beside itself.
 * Quartz keeps that across the cluster: while one instance runs it, its triggers wait. Its name is stored with
 * every such job: keep it.
 */
@DisallowConcurrentExecution
final class StandingPipelineJob extends PipelineJob {
    StandingPipelineJob(JobRunner runner) {
        super(runner);
    }
}
