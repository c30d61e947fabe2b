CREATE TABLE "Submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Submissions" PRIMARY KEY,
    "Problem" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "CustomInputsJson" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Verdict" TEXT NULL,
    "ResultJson" TEXT NULL,
    "ClientId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "StartedAt" TEXT NULL,
    "FinishedAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntil" TEXT NULL
);


CREATE INDEX "IX_Submissions_Status_CreatedAt" ON "Submissions" ("Status", "CreatedAt");


