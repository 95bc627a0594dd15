/**
 * What a Splunk detection reads, in Sigma's logsource terms, so that Splunk rules group
 * with Sigma rules reading the same events (the catalog's "kind of event" is
 * `product/category/service`).
 *
 * Category, in this order:
 * 1. the CIM data model and dataset of `tstats`/`from datamodel`:
 *
 * | data model / dataset                      | category              |
 * |-------------------------------------------|-----------------------|
 * | `Endpoint.Processes`                      | `process_creation`    |
 * | `Endpoint.Filesystem`                     | `file_event`          |
 * | `Endpoint.Registry`                       | `registry_event`      |
 * | `Endpoint.Services`                       | `service`             |
 * | `Endpoint.Ports`                          | `network_listen`      |
 * | `Network_Traffic` (`All_Traffic`)         | `network_connection`  |
 * | `Network_Resolution` (`DNS`)              | `dns_query`           |
 * | `Web` (`Web`)                             | `proxy` (pySigma's CIM mapping pairs Sigma `proxy` with `Web`) |
 * | `Authentication`                          | `authentication`      |
 * | `Change` (`All_Changes`)                  | `change`              |
 * | `Risk` (`All_Risk`)                       | `risk`                |
 * | `Email` (`All_Email`)                     | `email`               |
 * | `Alerts`                                  | `alert`               |
 * | `Intrusion_Detection` (`IDS_Attacks`)     | `ids`                 |
 * | `Malware` (`Malware_Attacks`)             | `antivirus`           |
 * | `Network_Sessions` (`All_Sessions`)       | `network_session`     |
 * | `Certificates` (`All_Certificates`)       | `certificate`         |
 * | `Updates`                                 | `update`              |
 * | `Vulnerabilities`                         | `vulnerability`       |
 * | any other                                 | the data model's name, lowercased |
 *
 * 2. else the event codes, when they agree: Sysmon's (`sysmon:1` process_creation, `3`
 *    network_connection, `5` process_termination, `6` driver_load, `7` image_load, `8`
 *    create_remote_thread, `9` raw_access_thread, `10` process_access, `11` file_event,
 *    `12` registry_event, `13` registry_set, `14` registry_rename, `15` create_stream_hash,
 *    `17`/`18` pipe_created, `19`–`21` wmi_event, `22` dns_query, `23` file_delete, `24`
 *    clipboard_capture, `25` process_tampering, `26` file_delete_detected, `27`
 *    file_block_executable, `28` file_block_shredding, `29` file_executable_detected;
 *    several registry codes: registry_event) and Windows' (`4688` process_creation,
 *    `4103` ps_module, `4104` ps_script).
 *
 * Product and service come from the data sources' (and the search's selectors') source and
 * sourcetype: WinEventLog/XmlWinEventLog and Windows Sysmon → `windows` (service
 * `security`, `system`, `application`, `powershell`... from the channel, kept only when
 * there is no category, as Sigma's categories imply their channel); Linux Sysmon, auditd
 * → `linux`; CloudTrail → `aws`/`cloudtrail`; Azure → `azure`; O365 → `m365`; GCP →
 * `gcp`/`gcp.audit`; Okta → `okta`/`okta`; GitHub → `github`/`audit`; Google Workspace →
 * `google_workspace`; Kubernetes → `kubernetes`; Zeek → `zeek`. Sources that disagree give
 * no product.
 */
import type { Logsource } from '../../ir.js'
import { dataModelRef } from '../../query/spl/datamodels.js'

const DATASET_CATEGORIES: Readonly<Record<string, string>> = {
  'Endpoint.Processes': 'process_creation',
  'Endpoint.Filesystem': 'file_event',
  'Endpoint.Registry': 'registry_event',
  'Endpoint.Services': 'service',
  'Endpoint.Ports': 'network_listen',
  'Network_Traffic.All_Traffic': 'network_connection',
  'Network_Resolution.DNS': 'dns_query',
  'Web.Web': 'proxy',
  'Authentication.Authentication': 'authentication',
  'Change.All_Changes': 'change',
  'Risk.All_Risk': 'risk',
  'Email.All_Email': 'email',
  'Alerts.Alerts': 'alert',
  'Intrusion_Detection.IDS_Attacks': 'ids',
  'Malware.Malware_Attacks': 'antivirus',
  'Network_Sessions.All_Sessions': 'network_session',
  'Certificates.All_Certificates': 'certificate',
  'Updates.Updates': 'update',
  'Vulnerabilities.Vulnerabilities': 'vulnerability'
}

/** The category of a data model as written (`Endpoint.Processes`, `Network_Traffic`). */
export function dataModelCategory(written: string): string {
  const ref = dataModelRef(written)
  // A child dataset (`Authentication.Failed_Authentication`) reads its root's events.
  const byDataset = ref.dataset ? DATASET_CATEGORIES[`${ref.model}.${ref.dataset}`] : undefined
  if (byDataset) return byDataset
  const roots = Object.keys(DATASET_CATEGORIES).filter(k => k.startsWith(ref.model + '.'))
  if (roots.length === 1) return DATASET_CATEGORIES[roots[0]]
  return ref.model.toLowerCase()
}

const SYSMON_CATEGORIES: Readonly<Record<string, string>> = {
  '1': 'process_creation',
  '2': 'file_change',
  '3': 'network_connection',
  '5': 'process_termination',
  '6': 'driver_load',
  '7': 'image_load',
  '8': 'create_remote_thread',
  '9': 'raw_access_thread',
  '10': 'process_access',
  '11': 'file_event',
  '12': 'registry_event',
  '13': 'registry_set',
  '14': 'registry_rename',
  '15': 'create_stream_hash',
  '17': 'pipe_created',
  '18': 'pipe_created',
  '19': 'wmi_event',
  '20': 'wmi_event',
  '21': 'wmi_event',
  '22': 'dns_query',
  '23': 'file_delete',
  '24': 'clipboard_capture',
  '25': 'process_tampering',
  '26': 'file_delete_detected',
  '27': 'file_block_executable',
  '28': 'file_block_shredding',
  '29': 'file_executable_detected'
}

const WINDOWS_CATEGORIES: Readonly<Record<string, string>> = {
  '4688': 'process_creation',
  '4103': 'ps_module',
  '4104': 'ps_script'
}

/** The category the event codes agree on, if any. */
export function eventCodeCategory(codes: readonly string[]): string | undefined {
  const cats = new Set<string>()
  for (const code of codes) {
    const cat = code.startsWith('sysmon:') ? SYSMON_CATEGORIES[code.slice(7)] : WINDOWS_CATEGORIES[code]
    if (cat === undefined) return undefined
    cats.add(cat)
  }
  if (cats.size === 1) return [...cats][0]
  if (cats.size > 1 && [...cats].every(c => c.startsWith('registry_'))) return 'registry_event'
  return undefined
}

interface ProductRule {
  test: RegExp
  product: string
  service?: string
}

/** Source/sourcetype → product (and service); the first match wins. */
const PRODUCTS: readonly ProductRule[] = [
  {
    test: /linux-sysmon|sysmon:linux|sysmon for linux|linux:audit|auditd|^syslog|linux_secure/i,
    product: 'linux'
  },
  { test: /sysmon/i, product: 'windows', service: 'sysmon' },
  // Data source names, when no definition resolves them.
  { test: /^windows event log security\b/i, product: 'windows', service: 'security' },
  { test: /^windows event log system\b/i, product: 'windows', service: 'system' },
  { test: /^windows event log application\b/i, product: 'windows', service: 'application' },
  { test: /^(windows event log )?powershell\b/i, product: 'windows', service: 'powershell' },
  { test: /^windows event log\b/i, product: 'windows' },
  { test: /wineventlog:security$/i, product: 'windows', service: 'security' },
  { test: /wineventlog:system$/i, product: 'windows', service: 'system' },
  { test: /wineventlog:application$/i, product: 'windows', service: 'application' },
  { test: /wineventlog:.*powershell/i, product: 'windows', service: 'powershell' },
  { test: /wineventlog/i, product: 'windows' },
  { test: /cloudtrail/i, product: 'aws', service: 'cloudtrail' },
  { test: /^aws:|^aws_/i, product: 'aws' },
  { test: /o365|office ?365|ms:o365/i, product: 'm365' },
  { test: /azure|aad/i, product: 'azure' },
  { test: /gcp|google:gcp/i, product: 'gcp', service: 'gcp.audit' },
  { test: /gws:|gsuite|google_workspace/i, product: 'google_workspace' },
  { test: /okta/i, product: 'okta', service: 'okta' },
  { test: /github/i, product: 'github', service: 'audit' },
  { test: /kube|k8s/i, product: 'kubernetes' },
  { test: /zeek|bro:/i, product: 'zeek' }
]

/** Product and service of one source or sourcetype, if known. */
export function productOf(sourceOrType: string): { product: string; service?: string } | undefined {
  const r = PRODUCTS.find(p => p.test.test(sourceOrType))
  return r ? { product: r.product, ...(r.service ? { service: r.service } : {}) } : undefined
}

export interface LogsourceInput {
  dataModel: string | null
  /** Source/sourcetype values of each resolved data source (one entry per data source). */
  sources: string[][]
  /** Source/sourcetype selectors of the search itself. */
  selectors: string[]
  /** Event codes, normalised (`4688`, `sysmon:1`). */
  eventCodes: string[]
  /** `index=`, `sourcetype=`... selectors as written. */
  index: string[]
}

/** The logsource of a detection. */
export function logsourceOf(input: LogsourceInput): Logsource {
  const out: Logsource = {}
  // One opinion per data source (its source, else its sourcetype), then the selectors'.
  const opinions: Array<{ product: string; service?: string }> = []
  for (const s of input.sources) {
    const found = s.map(productOf).find(x => x !== undefined)
    if (found) opinions.push(found)
  }
  if (opinions.length === 0)
    for (const s of input.selectors) {
      const found = productOf(s)
      if (found) opinions.push(found)
    }
  const products = new Set(opinions.map(o => o.product))
  if (products.size === 1) out.product = [...products][0]
  const category = input.dataModel
    ? dataModelCategory(input.dataModel)
    : input.eventCodes.length > 0
      ? eventCodeCategory(input.eventCodes)
      : undefined
  if (category) out.category = category
  else if (products.size === 1) {
    const services = new Set(opinions.map(o => o.service ?? ''))
    const service = services.size === 1 ? [...services][0] : ''
    if (service && service !== 'sysmon') out.service = service
  }
  if (input.index.length > 0) out.index = input.index
  if (input.dataModel) out.dataModel = input.dataModel
  if (input.eventCodes.length > 0) out.eventCodes = input.eventCodes
  return out
}
