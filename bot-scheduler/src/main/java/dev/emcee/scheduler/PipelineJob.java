package dev.emcee.scheduler;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class: rebuilds the planned job from its group and data, hands it to the runner, and adds a
 * one-off trigger when the runner wants it run again. Its name is stored with every job: keep it.
 */
class PipelineJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineJob.class);

    private final JobRunner runner;

    PipelineJob(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobKey key = context.getJobDetail().getKey();
        JobKind kind = QuartzTimetable.kindOf(key.getGroup());
        if (kind == null) {
            return;
        }
        Map<String, String> data = new HashMap<>();
        context.getMergedJobDataMap().forEach((k, v) -> data.put(k, String.valueOf(v)));
        Optional<PlannedJob> job = PlannedJob.of(kind, data);
        job.flatMap(j -> runner.run(j, context.isRecovering())).ifPresent(at -> {
            try {
                if (kind.stands()) {
                    Trigger next = QuartzTimetable.next(key, kind, at);
                    if (context.getScheduler().rescheduleJob(next.getKey(), next) == null) {
                        context.getScheduler().scheduleJob(next);
                    }
                } else {
                    context.getScheduler().scheduleJob(QuartzTimetable.again(key, kind, at));
                }
            } catch (SchedulerException e) {
                LOG.error("Could not schedule {} again: {}", key.getName(), e.toString());
            }
        });
    }
}
