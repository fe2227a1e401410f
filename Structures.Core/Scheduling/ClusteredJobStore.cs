using Quartz;

namespace Structures.Core.Scheduling;

// Quartz on the app's PostgreSQL database, clustered: every instance keeps its triggers in the database's quartz schema
// (QuartzSchema, created by a migration), takes each firing under a row lock, so a firing runs on one instance only,
// and checks in every checkinInterval. When an instance misses its check-ins for as long again, another one recovers
// its firings and fires its triggers.
internal static class ClusteredJobStore
{
    public static void UseClusteredStore(this IQuartzBuilder quartz, string connectionString, TimeSpan checkinInterval) =>
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = checkinInterval;
                cluster.CheckinMisfireThreshold = checkinInterval;
            });
            // The tables are the migration's to create; Quartz only checks them, and refuses to start without them.
            store.ConfigureStore(options =>
            {
                options.TablePrefix = QuartzSchema.TablePrefix;
                options.SchemaProvisioning = SchemaProvisioning.Validate;
            });
        });
}
