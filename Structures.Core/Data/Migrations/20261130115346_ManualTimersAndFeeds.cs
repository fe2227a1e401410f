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
            migrationBuilder.AlterColumn<long>(
                name: "OwnerId",
                table: "StructureTimers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "CreatedByCharacterId",
                table: "StructureTimers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CreatedByCorporationId",
                table: "StructureTimers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedByName",
                table: "StructureTimers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "StructureTimers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "StructureTimers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StructureTypeName",
                table: "StructureTimers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

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
