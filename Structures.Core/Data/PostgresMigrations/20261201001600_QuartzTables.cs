using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Structures.Core.Scheduling;

#nullable disable

namespace Structures.Core.Data.PostgresMigrations
{
    // Quartz's clustered job store (Scheduling/ClusteredJobStore): tables the model does not know, in a schema of their
    // own, so the model is unchanged and SQLite, which runs Quartz in memory, has no twin of this migration.
    [DbContext(typeof(PostgresStructuresDbContext))]
    [Migration("20261201001600_QuartzTables")]
    public partial class QuartzTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzSchema.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzSchema.Drop);
        }
    }
}
