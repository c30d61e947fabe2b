using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPractice.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubmissionTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "Submissions",
                type: "character varying(55)",
                maxLength: 55,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "Submissions");
        }
    }
}
