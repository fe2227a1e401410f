using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ManualTimersAndFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A timer entered by hand belongs to no owner. SQLite cannot drop NOT NULL from a column, and EF's own table
            // rebuild runs outside the migration's transaction: the table is rebuilt here by hand, inside it.
            migrationBuilder.CreateTable(
                name: "StructureTimers_Rebuilt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StructureId = table.Column<long>(type: "INTEGER", nullable: true),
                    StructureTypeId = table.Column<long>(type: "INTEGER", nullable: true),
                    StructureName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SolarSystemId = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanetId = table.Column<long>(type: "INTEGER", nullable: true),
                    MoonId = table.Column<long>(type: "INTEGER", nullable: true),
                    IsCorpRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceNotificationId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StructureTypeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedByCharacterId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedByCorporationId = table.Column<long>(type: "INTEGER", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureTimers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StructureTimers_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "CorporationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("""
                INSERT INTO "StructureTimers_Rebuilt" ("Id", "OwnerId", "Kind", "Category", "EndsAt", "StructureId", "StructureTypeId", "StructureName",
                    "SolarSystemId", "PlanetId", "MoonId", "IsCorpRestricted", "SourceNotificationId", "CreatedAt")
                SELECT "Id", "OwnerId", "Kind", "Category", "EndsAt", "StructureId", "StructureTypeId", "StructureName",
                    "SolarSystemId", "PlanetId", "MoonId", "IsCorpRestricted", "SourceNotificationId", "CreatedAt"
                FROM "StructureTimers";
                """);

            migrationBuilder.DropTable(name: "StructureTimers");

            migrationBuilder.RenameTable(name: "StructureTimers_Rebuilt", newName: "StructureTimers");

            migrationBuilder.CreateIndex(
                name: "IX_StructureTimers_EndsAt",
                table: "StructureTimers",
                column: "EndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_StructureTimers_OwnerId_Kind_StructureId_SolarSystemId_EndsAt",
                table: "StructureTimers",
                columns: new[] { "OwnerId", "Kind", "StructureId", "SolarSystemId", "EndsAt" },
                unique: true);

            migrationBuilder.CreateTable(
                name: "TimerFeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CharacterId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimerFeeds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimerFeeds_CharacterId",
                table: "TimerFeeds",
                column: "CharacterId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerFeeds_SecretHash",
                table: "TimerFeeds",
                column: "SecretHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TimerFeeds");

            migrationBuilder.DropColumn(
                name: "CreatedByCharacterId",
                table: "StructureTimers");

            migrationBuilder.DropColumn(
                name: "CreatedByCorporationId",
                table: "StructureTimers");

            migrationBuilder.DropColumn(
                name: "CreatedByName",
                table: "StructureTimers");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "StructureTimers");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "StructureTimers");

            migrationBuilder.DropColumn(
                name: "StructureTypeName",
                table: "StructureTimers");

            migrationBuilder.AlterColumn<long>(
                name: "OwnerId",
                table: "StructureTimers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
