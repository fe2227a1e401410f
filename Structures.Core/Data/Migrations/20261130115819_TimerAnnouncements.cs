using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class TimerAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PostsUpcomingTimers",
                table: "Webhooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReminderLeadTimes",
                table: "Webhooks",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "TakesManualTimers",
                table: "Webhooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "StandingSlot",
                table: "QueuedMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StandingMessages",
                columns: table => new
                {
                    WebhookId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DiscordMessageId = table.Column<string>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingMessages", x => new { x.WebhookId, x.Slot });
                    table.ForeignKey(
                        name: "FK_StandingMessages_Webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimerReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TimerId = table.Column<int>(type: "INTEGER", nullable: false),
                    WebhookId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimerReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimerReminders_StructureTimers_TimerId",
                        column: x => x.TimerId,
                        principalTable: "StructureTimers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TimerReminders_Webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimerReminders_TimerId_WebhookId_LeadMinutes",
                table: "TimerReminders",
                columns: new[] { "TimerId", "WebhookId", "LeadMinutes" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerReminders_WebhookId",
                table: "TimerReminders",
                column: "WebhookId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StandingMessages");

            migrationBuilder.DropTable(
                name: "TimerReminders");

            migrationBuilder.DropColumn(
                name: "PostsUpcomingTimers",
                table: "Webhooks");

            migrationBuilder.DropColumn(
                name: "ReminderLeadTimes",
                table: "Webhooks");

            migrationBuilder.DropColumn(
                name: "TakesManualTimers",
                table: "Webhooks");

            migrationBuilder.DropColumn(
                name: "StandingSlot",
                table: "QueuedMessages");
        }
    }
}
