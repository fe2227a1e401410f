namespace Structures.Core.Scheduling;

// The tables of Quartz's clustered job store on PostgreSQL (its ADO.NET store, version 4), created by a PostgreSQL
// migration and checked by Quartz at start (SchemaProvisioning.Validate). They live in a schema of their own, so the
// app's tables and Entity Framework's model stay apart from them. Times are .NET ticks (UTC), as Quartz writes them.
internal static class QuartzSchema
{
    public const string Name = "quartz";

    // What Quartz is told to put before every table name.
    public const string TablePrefix = $"{Name}.qrtz_";

    public const string Create = """
        CREATE SCHEMA IF NOT EXISTS quartz;

        CREATE TABLE quartz.qrtz_job_details (
            sched_name text NOT NULL, job_name text NOT NULL, job_group text NOT NULL,
            description text, job_class_name text NOT NULL,
            is_durable boolean NOT NULL, is_nonconcurrent boolean NOT NULL, is_update_data boolean NOT NULL,
            requests_recovery boolean NOT NULL, job_data bytea,
            PRIMARY KEY (sched_name, job_name, job_group));

        CREATE TABLE quartz.qrtz_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            job_name text NOT NULL, job_group text NOT NULL, description text,
            next_fire_time bigint, prev_fire_time bigint, priority integer,
            trigger_state text NOT NULL, trigger_type text NOT NULL,
            start_time bigint NOT NULL, end_time bigint, calendar_name text,
            misfire_instr smallint, misfire_orig_fire_time bigint, misfire_threshold bigint,
            execution_group varchar(200), preferred_node varchar(200), preferred_node_auto boolean NOT NULL DEFAULT false,
            retry_policy varchar(250), retry_attempt integer,
            continues_trigger_name text, continues_trigger_group text, continuation_condition integer,
            overlap_policy integer, fixed_delay boolean,
            pause_reason varchar(250), paused_by varchar(200), paused_at bigint,
            job_data bytea,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES quartz.qrtz_job_details (sched_name, job_name, job_group));

        CREATE TABLE quartz.qrtz_simple_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            repeat_count bigint NOT NULL, repeat_interval bigint NOT NULL, times_triggered bigint NOT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE quartz.qrtz_cron_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            cron_expression text NOT NULL, time_zone_id text,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE quartz.qrtz_simprop_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            str_prop_1 text, str_prop_2 text, str_prop_3 text,
            int_prop_1 integer, int_prop_2 integer, long_prop_1 bigint, long_prop_2 bigint,
            dec_prop_1 numeric, dec_prop_2 numeric, bool_prop_1 boolean, bool_prop_2 boolean,
            time_zone_id text,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE quartz.qrtz_blob_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            blob_data bytea,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE quartz.qrtz_calendars (
            sched_name text NOT NULL, calendar_name text NOT NULL, calendar bytea NOT NULL,
            PRIMARY KEY (sched_name, calendar_name));

        CREATE TABLE quartz.qrtz_paused_trigger_grps (
            sched_name text NOT NULL, trigger_group text NOT NULL,
            pause_reason varchar(250), paused_by varchar(200), paused_at bigint,
            PRIMARY KEY (sched_name, trigger_group));

        CREATE TABLE quartz.qrtz_paused_job_grps (
            sched_name text NOT NULL, job_group text NOT NULL,
            pause_reason varchar(250), paused_by varchar(200), paused_at bigint,
            PRIMARY KEY (sched_name, job_group));

        CREATE TABLE quartz.qrtz_fired_triggers (
            sched_name text NOT NULL, entry_id text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            instance_name text NOT NULL, fired_time bigint NOT NULL, sched_time bigint NOT NULL, priority integer NOT NULL,
            state text NOT NULL, job_name text, job_group text,
            is_nonconcurrent boolean NOT NULL, requests_recovery boolean, execution_group varchar(200),
            progress integer, progress_message varchar(250), interrupt_requested_time bigint,
            PRIMARY KEY (sched_name, entry_id));

        CREATE TABLE quartz.qrtz_scheduler_state (
            sched_name text NOT NULL, instance_name text NOT NULL,
            last_checkin_time bigint NOT NULL, checkin_interval bigint NOT NULL, quartz_version varchar(20),
            PRIMARY KEY (sched_name, instance_name));

        CREATE TABLE quartz.qrtz_locks (
            sched_name text NOT NULL, lock_name text NOT NULL,
            PRIMARY KEY (sched_name, lock_name));

        CREATE TABLE quartz.qrtz_execution_history (
            sched_name text NOT NULL, entry_id text NOT NULL, instance_name text NOT NULL,
            job_name text NOT NULL, job_group text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            fired_time bigint NOT NULL, run_time bigint NOT NULL, succeeded boolean NOT NULL, error_message text,
            retry_attempt integer NOT NULL DEFAULT 0, retry_scheduled boolean NOT NULL DEFAULT false,
            execution_log text, result integer, summary text, metrics text, manual boolean,
            fire_instance_id text, job_input text, job_input_too_large boolean,
            PRIMARY KEY (sched_name, entry_id));

        CREATE TABLE quartz.qrtz_misfire_history (
            sched_name text NOT NULL, entry_id text NOT NULL, instance_name text NOT NULL,
            trigger_name text NOT NULL, trigger_group text NOT NULL, job_name text, job_group text,
            misfire_time bigint NOT NULL, sched_time bigint, reason integer,
            PRIMARY KEY (sched_name, entry_id));

        CREATE TABLE quartz.qrtz_job_status (
            sched_name text NOT NULL, job_group text NOT NULL, job_name text NOT NULL,
            first_fired_time bigint NOT NULL, last_fired_time bigint NOT NULL, last_result integer NOT NULL,
            last_run_time bigint NOT NULL, last_instance_name text NOT NULL, last_entry_id text, last_summary text,
            last_success_time bigint, last_failure_time bigint, last_failure_message text,
            consecutive_failures integer NOT NULL DEFAULT 0, run_count bigint NOT NULL DEFAULT 0, failure_count bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (sched_name, job_group, job_name));

        -- What the store looks up often: the next triggers to fire, a job's triggers, and a node's firings.
        CREATE INDEX idx_qrtz_t_next_fire ON quartz.qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr);
        CREATE INDEX idx_qrtz_t_job ON quartz.qrtz_triggers (sched_name, job_name, job_group);
        CREATE INDEX idx_qrtz_t_calendar ON quartz.qrtz_triggers (sched_name, calendar_name);
        CREATE INDEX idx_qrtz_ft_instance ON quartz.qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
        CREATE INDEX idx_qrtz_ft_job ON quartz.qrtz_fired_triggers (sched_name, job_name, job_group);
        CREATE INDEX idx_qrtz_ft_trigger ON quartz.qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
        CREATE INDEX idx_qrtz_eh_fired ON quartz.qrtz_execution_history (sched_name, fired_time);
        CREATE INDEX idx_qrtz_mh_misfire ON quartz.qrtz_misfire_history (sched_name, misfire_time);
        """;

    public const string Drop = "DROP SCHEMA IF EXISTS quartz CASCADE;";
}
