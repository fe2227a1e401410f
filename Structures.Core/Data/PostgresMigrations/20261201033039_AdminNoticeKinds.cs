using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class AdminNoticeKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Arguments",
                table: "AdminNotices",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "AdminNotices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Arguments",
                table: "AdminNotices");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "AdminNotices");
        }
    }
}
