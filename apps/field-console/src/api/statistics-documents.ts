import { graphql } from '../gql';

/** 统计报表's operations (statistics, their export job and its download link), typed from the committed SDL. */

export const StatisticsDocument = graphql(`
  query ConsoleStatistics(
    $source: LedgerSource!
    $groupBy: [LedgerDimension!]!
    $period: LedgerPeriod
    $measures: [LedgerMeasure!]!
    $filter: LedgerFilterInput
  ) {
    statistics(source: $source, groupBy: $groupBy, period: $period, measures: $measures, filter: $filter) {
      source
      groupBy
      period
      measures
      headers
      rows {
        keys
        labels
        values
      }
      totals
    }
  }
`);

/** What the export panel shows of a job: the request's answer and each poll's. */
export const ExportJobFieldsFragment = graphql(`
  fragment ConsoleExportJobFields on ExportJob {
    id
    status
    progress
    rowsWritten
    totalRows
    title
    format
    error
  }
`);

export const RequestStatisticsExportDocument = graphql(`
  mutation ConsoleRequestStatisticsExport($input: RequestExportInput!) {
    requestExport(input: $input) {
      ...ConsoleExportJobFields
    }
  }
`);

export const ExportJobDocument = graphql(`
  query ConsoleExportJob($id: ID!) {
    exportJob(id: $id) {
      ...ConsoleExportJobFields
    }
  }
`);

export const ExportDownloadDocument = graphql(`
  query ConsoleExportDownload($id: ID!) {
    exportDownloadUrl(id: $id) {
      url
      expiresAt
    }
  }
`);
