// The parts of a Lighthouse result (LHR) shipshape reads; the full type lives in lighthouse itself,
// which is only present at run time.
export interface LhrAudit {
  id?: string;
  score: number | null;
  numericValue?: number;
  numericUnit?: string;
  displayValue?: string;
}

export interface Lhr {
  lighthouseVersion: string;
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  fetchTime?: string;
  userAgent?: string;
  environment: { hostUserAgent?: string; networkUserAgent?: string; benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  audits: Record<string, LhrAudit>;
  categories: Record<string, { score: number | null; title?: string }>;
  configSettings?: { formFactor?: string; throttlingMethod?: string };
}
