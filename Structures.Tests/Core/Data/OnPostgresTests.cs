using Structures.Core.Data;
using Structures.Tests.Core.Notifications;
using Structures.Tests.Core.Owners;
using Structures.Tests.Core.Structures;
using Structures.Tests.Core.Structures.Board;
using Structures.Tests.Core.Timers;
using Structures.Tests.Core.Webhooks;

namespace Structures.Tests.Core.Data;

// The data-touching test classes that run on PostgreSQL as well as on SQLite: together they cover every query shape
// (the board, sync writes, owners, timers by notification and by hand, the alert path's reads, the outbox claim and
// drain, purge and retention). Notification search and paging and migrations from empty are in ProviderParityTests and
// MigrationsTests.
// Each twin runs every test of its class against a fresh PostgreSQL database (TestPostgres).
public sealed class StructureBoardOnPostgresTests() : StructureBoardTests(DatabaseProvider.PostgreSQL);

public sealed class StructureBoardSpliceOnPostgresTests() : StructureBoardSpliceTests(DatabaseProvider.PostgreSQL);

public sealed class StructureSynchronizerOnPostgresTests() : StructureSynchronizerTests(DatabaseProvider.PostgreSQL);

public sealed class StructureSyncUnchangedOnPostgresTests() : StructureSyncUnchangedTests(DatabaseProvider.PostgreSQL);

public sealed class FirstSyncSaveOnPostgresTests() : FirstSyncSaveTests(DatabaseProvider.PostgreSQL);

public sealed class OwnerRegistryOnPostgresTests() : OwnerRegistryTests(DatabaseProvider.PostgreSQL);

public sealed class TimerRecorderOnPostgresTests() : TimerRecorderTests(DatabaseProvider.PostgreSQL);

public sealed class ManualTimersOnPostgresTests() : ManualTimersTests(DatabaseProvider.PostgreSQL);

public sealed class WebhookDispatcherOnPostgresTests() : WebhookDispatcherTests(DatabaseProvider.PostgreSQL);

public sealed class DataPurgeOnPostgresTests() : DataPurgeTests(DatabaseProvider.PostgreSQL);

public sealed class RetentionSweepOnPostgresTests() : RetentionSweepTests(DatabaseProvider.PostgreSQL);

public sealed class AlertPathRehearsalOnPostgresTests() : AlertPathRehearsalTests(DatabaseProvider.PostgreSQL);

public sealed class SaveStopOnPostgresTests() : SaveStopTests(DatabaseProvider.PostgreSQL);

public sealed class AlertPathReadsOnPostgresTests() : AlertPathReadsTests(DatabaseProvider.PostgreSQL);
