/**
 * Canonical field names across vendors (`src/normalize/fields.ts` over the tables of
 * `src/normalize/field-map.ts`), and, when the public corpus is beside the project, how much
 * of it the tables reach.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { elasticFormat } from '../src/formats/elastic/index.js'
import { sigmaFormat } from '../src/formats/sigma/index.js'
import { refreshSplunkDefinitions, splunkFormat } from '../src/formats/splunk/index.js'
import { predicates, type Logsource, type Rule, type Vendor } from '../src/ir.js'
import {
  CIM_DATASET_FIELDS,
  CIM_FIELDS,
  ELASTIC_FIELDS,
  EVENT_DATA_PREFIX,
  LOG_FIELDS,
  SPLUNK_RAW_FIELDS,
  WINDOWS_EVENT_FIELDS
} from '../src/normalize/field-map.js'
import { canonicalField, isScopeField } from '../src/normalize/fields.js'

const win = (category?: string, service?: string): Logsource => ({
  product: 'windows',
  ...(category !== undefined ? { category } : {}),
  ...(service !== undefined ? { service } : {})
})
const dm = (dataModel: string, extra: Logsource = {}): Logsource => ({ ...extra, dataModel })

const sigma = (ls: Logsource, f: string): string => canonicalField('sigma', ls, f)
const elastic = (ls: Logsource, f: string): string => canonicalField('elastic', ls, f)
const splunk = (ls: Logsource, f: string): string => canonicalField('splunk', ls, f)

describe('Sigma: Windows event tables, per category', () => {
  it.each<[string | undefined, string | undefined, string, string]>([
    // process_creation (Sysmon 1)
    ['process_creation', undefined, 'Image', 'process.executable'],
    ['process_creation', undefined, 'CommandLine', 'process.command_line'],
    ['process_creation', undefined, 'ParentImage', 'process.parent.executable'],
    ['process_creation', undefined, 'ParentCommandLine', 'process.parent.command_line'],
    ['process_creation', undefined, 'OriginalFileName', 'process.pe.original_file_name'],
    ['process_creation', undefined, 'Description', 'process.pe.description'],
    ['process_creation', undefined, 'Product', 'process.pe.product'],
    ['process_creation', undefined, 'Company', 'process.pe.company'],
    ['process_creation', undefined, 'CurrentDirectory', 'process.working_directory'],
    ['process_creation', undefined, 'ProcessId', 'process.pid'],
    ['process_creation', undefined, 'ParentProcessId', 'process.parent.pid'],
    ['process_creation', undefined, 'ProcessGuid', 'process.entity_id'],
    ['process_creation', undefined, 'Hashes', 'winlog.event_data.Hashes'],
    ['process_creation', undefined, 'IntegrityLevel', 'winlog.event_data.IntegrityLevel'],
    ['process_creation', undefined, 'User', 'user.name'],
    ['process_creation', undefined, 'GrandParentImage', 'winlog.event_data.GrandParentImage'],
    // file events (Sysmon 11, 23, 26, 15, Kernel-File)
    ['file_event', undefined, 'TargetFilename', 'file.path'],
    ['file_event', undefined, 'Image', 'process.executable'],
    ['file_delete', undefined, 'TargetFilename', 'file.path'],
    ['file_access', undefined, 'FileName', 'file.path'],
    ['file_rename', undefined, 'FilePath', 'file.path'],
    ['create_stream_hash', undefined, 'Contents', 'winlog.event_data.Contents'],
    // registry (Sysmon 12-14)
    ['registry_set', undefined, 'TargetObject', 'registry.path'],
    ['registry_set', undefined, 'Details', 'registry.data.strings'],
    ['registry_set', undefined, 'Image', 'process.executable'],
    ['registry_event', undefined, 'TargetObject', 'registry.path'],
    ['registry_add', undefined, 'TargetObject', 'registry.path'],
    ['registry_delete', undefined, 'TargetObject', 'registry.path'],
    ['registry_rename', undefined, 'TargetObject', 'registry.path'],
    ['registry_event', undefined, 'EventType', 'winlog.event_data.EventType'],
    // network_connection (Sysmon 3)
    ['network_connection', undefined, 'DestinationIp', 'destination.ip'],
    ['network_connection', undefined, 'DestinationPort', 'destination.port'],
    ['network_connection', undefined, 'DestinationHostname', 'destination.domain'],
    ['network_connection', undefined, 'SourceIp', 'source.ip'],
    ['network_connection', undefined, 'SourcePort', 'source.port'],
    ['network_connection', undefined, 'Initiated', 'network.direction'],
    ['network_connection', undefined, 'Protocol', 'network.transport'],
    ['network_connection', undefined, 'Image', 'process.executable'],
    // dns_query (Sysmon 22)
    ['dns_query', undefined, 'QueryName', 'dns.question.name'],
    ['dns_query', undefined, 'Image', 'process.executable'],
    // image_load / driver_load (Sysmon 7, 6): the module under dll.*
    ['image_load', undefined, 'ImageLoaded', 'dll.path'],
    ['image_load', undefined, 'Image', 'process.executable'],
    ['image_load', undefined, 'OriginalFileName', 'dll.pe.original_file_name'],
    ['image_load', undefined, 'Signed', 'dll.code_signature.exists'],
    ['image_load', undefined, 'Signature', 'dll.code_signature.subject_name'],
    ['image_load', undefined, 'SignatureStatus', 'dll.code_signature.status'],
    ['driver_load', undefined, 'ImageLoaded', 'dll.path'],
    ['driver_load', undefined, 'Hashes', 'winlog.event_data.Hashes'],
    // process_access / create_remote_thread (Sysmon 10, 8)
    ['process_access', undefined, 'SourceImage', 'process.executable'],
    ['process_access', undefined, 'TargetImage', 'winlog.event_data.TargetImage'],
    ['process_access', undefined, 'GrantedAccess', 'winlog.event_data.GrantedAccess'],
    ['process_access', undefined, 'CallTrace', 'winlog.event_data.CallTrace'],
    ['create_remote_thread', undefined, 'SourceImage', 'process.executable'],
    ['create_remote_thread', undefined, 'StartModule', 'winlog.event_data.StartModule'],
    // pipes (Sysmon 17/18)
    ['pipe_created', undefined, 'PipeName', 'file.name'],
    // PowerShell
    ['ps_script', undefined, 'ScriptBlockText', 'powershell.file.script_block_text'],
    ['ps_script', undefined, 'Path', 'file.path'],
    ['ps_module', undefined, 'Payload', 'powershell.file.script_block_text'],
    ['ps_module', undefined, 'ContextInfo', 'winlog.event_data.ContextInfo'],
    // Security audit events
    [undefined, 'security', 'EventID', 'event.code'],
    [undefined, 'security', 'NewProcessName', 'process.executable'],
    [undefined, 'security', 'ParentProcessName', 'process.parent.executable'],
    [undefined, 'security', 'ProcessName', 'process.executable'],
    [undefined, 'security', 'CommandLine', 'process.command_line'],
    [undefined, 'security', 'SubjectUserName', 'user.name'],
    [undefined, 'security', 'SubjectDomainName', 'user.domain'],
    [undefined, 'security', 'SubjectUserSid', 'user.id'],
    [undefined, 'security', 'IpAddress', 'source.ip'],
    [undefined, 'security', 'WorkstationName', 'source.domain'],
    [undefined, 'security', 'Application', 'process.executable'],
    [undefined, 'security', 'DestPort', 'destination.port'],
    [undefined, 'security', 'TargetUserName', 'winlog.event_data.TargetUserName'],
    [undefined, 'security', 'ServiceFileName', 'winlog.event_data.ServiceFileName'],
    // System and other channels
    [undefined, 'system', 'ServiceName', 'service.name'],
    [undefined, 'system', 'ImagePath', 'winlog.event_data.ImagePath'],
    [undefined, 'system', 'Provider_Name', 'winlog.provider_name'],
    [undefined, 'system', 'Channel', 'winlog.channel'],
    [undefined, 'system', 'param1', 'winlog.event_data.param1'],
    [undefined, 'dns-client', 'QueryName', 'dns.question.name']
  ])('%s/%s %s → %s', (category, service, field, canonical) => {
    expect(sigma(win(category, service), field)).toBe(canonical)
  })

  it('scopes names whose meaning depends on the category', () => {
    // Details, Path, Protocol and Initiated mean something else outside their category
    expect(sigma(win('process_creation'), 'Details')).toBe('winlog.event_data.Details')
    expect(sigma(win(undefined, 'appxdeployment-server'), 'Path')).toBe('winlog.event_data.Path')
    expect(sigma(win(undefined, 'security'), 'Protocol')).toBe('winlog.event_data.Protocol')
    // the PE metadata is the new process's in process_creation and the module's in image_load
    expect(sigma(win('process_creation'), 'Company')).toBe('process.pe.company')
    expect(sigma(win('image_load'), 'Company')).toBe('dll.pe.company')
    expect(sigma(win(undefined, 'system'), 'Description')).toBe('winlog.event_data.Description')
    // SourceImage is the actor only where there is a target
    expect(sigma(win('process_access'), 'SourceImage')).toBe('process.executable')
    expect(sigma(win(undefined, 'security'), 'SourceImage')).toBe('winlog.event_data.SourceImage')
  })

  it('applies the Sysmon names on Linux and macOS without the winlog.event_data prefix', () => {
    const lin: Logsource = { product: 'linux', category: 'process_creation' }
    expect(sigma(lin, 'Image')).toBe('process.executable')
    expect(sigma(lin, 'CommandLine')).toBe('process.command_line')
    expect(sigma(lin, 'ParentCommandLine')).toBe('process.parent.command_line')
    expect(sigma(lin, 'LogonId')).toBe('LogonId')
    expect(sigma({ product: 'macos', category: 'file_event' }, 'TargetFilename')).toBe('file.path')
    expect(sigma({ product: 'linux', category: 'network_connection' }, 'DestinationIp')).toBe(
      'destination.ip'
    )
    // not an event category: auditd keeps its own names
    expect(sigma({ product: 'linux', service: 'auditd' }, 'exe')).toBe('exe')
    expect(sigma({ product: 'linux', service: 'auditd' }, 'Image')).toBe('Image')
  })

  it('keeps Sigma names case-sensitive, as pySigma does', () => {
    expect(sigma(win('process_creation'), 'Image')).toBe('process.executable')
    expect(sigma(win('process_creation'), 'image')).toBe('winlog.event_data.image')
    expect(sigma(win('process_creation'), 'COMMANDLINE')).toBe('winlog.event_data.COMMANDLINE')
  })

  it('leaves dotted and non-word fields on Windows as written', () => {
    expect(sigma(win('process_creation'), 'process.name')).toBe('process.name')
    expect(sigma(win('process_creation'), 'winlog.event_data.Foo')).toBe('winlog.event_data.Foo')
    expect(sigma(win(undefined, 'iis'), 'cs-cookie')).toBe('cs-cookie')
    // IIS logs are W3C text logs, not event logs: no prefix for their one-word names
    expect(sigma(win(undefined, 'iis'), 'date')).toBe('date')
    expect(sigma(win(undefined, 'iis'), 'cs-uri-query')).toBe('url.query')
  })
})

describe('Sigma: other logs', () => {
  it.each<[Logsource, string, string]>([
    [{ category: 'proxy' }, 'c-uri', 'url.original'],
    [{ category: 'proxy' }, 'c-useragent', 'user_agent.original'],
    [{ category: 'proxy' }, 'cs-host', 'url.domain'],
    [{ category: 'proxy' }, 'c-uri-extension', 'url.extension'],
    [{ category: 'proxy' }, 'dst_ip', 'destination.ip'],
    [{ category: 'webserver' }, 'cs-uri-query', 'url.query'],
    [{ category: 'webserver' }, 'cs-user-agent', 'user_agent.original'],
    [{ category: 'webserver' }, 'cs-method', 'http.request.method'],
    [{ category: 'webserver' }, 'sc-status', 'http.response.status_code'],
    [{ category: 'dns' }, 'query', 'dns.question.name'],
    [{ product: 'zeek', service: 'dns' }, 'query', 'dns.question.name'],
    [{ product: 'github', service: 'audit' }, 'action', 'event.action'],
    [{ product: 'aws', service: 'cloudtrail' }, 'eventName', 'event.action'],
    [{ product: 'aws', service: 'cloudtrail' }, 'eventSource', 'event.provider'],
    [{ product: 'aws', service: 'cloudtrail' }, 'userIdentity.type', 'aws.cloudtrail.user_identity.type'],
    [{ product: 'aws', service: 'cloudtrail' }, 'requestParameters.name', 'requestParameters.name'],
    [{ product: 'azure', service: 'activitylogs' }, 'operationName', 'operationName'],
    [{ category: 'antivirus' }, 'Filename', 'Filename']
  ])('%j %s → %s', (ls, field, canonical) => {
    expect(sigma(ls, field)).toBe(canonical)
  })
})

describe('Splunk: CIM data models and raw searches', () => {
  const PROC = dm('Endpoint.Processes', { product: 'windows', category: 'process_creation' })

  it.each<[Logsource, string, string]>([
    // Endpoint.Processes
    [PROC, 'process_name', 'process.name'],
    [PROC, 'process', 'process.command_line'],
    [PROC, 'process_path', 'process.executable'],
    [PROC, 'parent_process_name', 'process.parent.name'],
    [PROC, 'parent_process_path', 'process.parent.executable'],
    [PROC, 'parent_process', 'process.parent.command_line'],
    [PROC, 'original_file_name', 'process.pe.original_file_name'],
    [PROC, 'process_current_directory', 'process.working_directory'],
    [PROC, 'process_integrity_level', 'winlog.event_data.IntegrityLevel'],
    [PROC, 'process_id', 'process.pid'],
    [PROC, 'user', 'user.name'],
    [PROC, 'dest', 'host.name'],
    [
      dm('Endpoint.Processes', { product: 'linux', category: 'process_creation' }),
      'process',
      'process.command_line'
    ],
    // Endpoint.Registry
    [dm('Endpoint.Registry'), 'registry_path', 'registry.path'],
    [dm('Endpoint.Registry'), 'registry_key_name', 'registry.path'],
    [dm('Endpoint.Registry'), 'registry_value_name', 'registry.value'],
    [dm('Endpoint.Registry'), 'registry_value_data', 'registry.data.strings'],
    // Endpoint.Filesystem
    [dm('Endpoint.Filesystem'), 'file_path', 'file.path'],
    [dm('Endpoint.Filesystem'), 'file_name', 'file.name'],
    // Network_Traffic, named with or without its dataset
    [dm('Network_Traffic'), 'dest_port', 'destination.port'],
    [dm('Network_Traffic'), 'app', 'network.protocol'],
    [dm('Network_Traffic.All_Traffic'), 'app', 'network.protocol'],
    [dm('Network_Traffic'), 'transport', 'network.transport'],
    [dm('Network_Traffic'), 'dest_ip', 'destination.ip'],
    // Network_Resolution
    [dm('Network_Resolution'), 'query', 'dns.question.name'],
    [dm('Network_Resolution.DNS'), 'query', 'dns.question.name'],
    [dm('Network_Resolution.DNS'), 'record_type', 'dns.question.type'],
    // Web
    [dm('Web'), 'url', 'url.original'],
    [dm('Web.Web'), 'url', 'url.original'],
    [dm('Web'), 'http_method', 'http.request.method'],
    [dm('Web'), 'status', 'http.response.status_code'],
    [dm('Web'), 'http_user_agent', 'user_agent.original']
  ])('%j %s → %s', (ls, field, canonical) => {
    expect(splunk(ls, field)).toBe(canonical)
  })

  it('maps dataset-bound names only in their dataset', () => {
    expect(splunk(dm('Web'), 'process')).toBe('process')
    expect(splunk(PROC, 'status')).toBe('status')
    expect(splunk(PROC, 'url')).toBe('url')
    expect(splunk(dm('Authentication'), 'app')).toBe('app')
    expect(splunk(dm('Change'), 'action')).toBe('action')
    expect(splunk(dm('Network_Traffic'), 'dest')).toBe('dest')
  })

  it('matches CIM names case-insensitively', () => {
    expect(splunk(PROC, 'Process_Name')).toBe('process.name')
    expect(splunk(PROC, 'PROCESS')).toBe('process.command_line')
    expect(splunk(dm('Web'), 'URL')).toBe('url.original')
  })

  it('reads raw Sysmon searches by their event category', () => {
    const sysmon1: Logsource = { product: 'windows', category: 'process_creation', eventCodes: ['sysmon:1'] }
    expect(splunk(sysmon1, 'Image')).toBe('process.executable')
    expect(splunk(sysmon1, 'CommandLine')).toBe('process.command_line')
    expect(splunk(sysmon1, 'ParentImage')).toBe('process.parent.executable')
    expect(splunk(sysmon1, 'OriginalFileName')).toBe('process.pe.original_file_name')
    expect(splunk(sysmon1, 'process_name')).toBe('process.name')
    expect(splunk(sysmon1, 'process')).toBe('process.command_line')
    expect(splunk(sysmon1, 'EventCode')).toBe('event.code')
    expect(splunk(sysmon1, 'EventID')).toBe('event.code')
    expect(splunk(sysmon1, 'ParentUser')).toBe('winlog.event_data.ParentUser')
    const sysmon7: Logsource = { product: 'windows', category: 'image_load' }
    expect(splunk(sysmon7, 'ImageLoaded')).toBe('dll.path')
    expect(splunk(sysmon7, 'loaded_file_path')).toBe('dll.path')
    expect(splunk(sysmon7, 'Image')).toBe('process.executable')
    const sysmon10: Logsource = { product: 'windows', category: 'process_access' }
    expect(splunk(sysmon10, 'GrantedAccess')).toBe('winlog.event_data.GrantedAccess')
    expect(splunk(sysmon10, 'granted_access')).toBe('winlog.event_data.GrantedAccess')
    expect(splunk(sysmon10, 'SourceImage')).toBe('process.executable')
    expect(splunk({ product: 'windows', category: 'file_event' }, 'TargetFilename')).toBe('file.path')
    expect(splunk({ product: 'windows', category: 'dns_query' }, 'QueryName')).toBe('dns.question.name')
    expect(splunk({ product: 'windows', category: 'ps_script' }, 'ScriptBlockText')).toBe(
      'powershell.file.script_block_text'
    )
  })

  it('reads raw WinEventLog searches: event data PascalCase, add-on aliases and computed fields', () => {
    const sec = win(undefined, 'security')
    expect(splunk(sec, 'NewProcessName')).toBe('process.executable')
    expect(splunk(sec, 'ParentProcessName')).toBe('process.parent.executable')
    expect(splunk(sec, 'SubjectUserName')).toBe('user.name')
    expect(splunk(sec, 'TargetUserName')).toBe('winlog.event_data.TargetUserName')
    expect(splunk(sec, 'Process_Command_Line')).toBe('process.command_line')
    expect(splunk(sec, 'Logon_Type')).toBe('winlog.event_data.LogonType')
    expect(splunk(sec, 'Message')).toBe('message')
    expect(splunk(win(undefined, 'system'), 'param1')).toBe('winlog.event_data.param1')
    expect(splunk(win(undefined, 'system'), 'ServiceName')).toBe('service.name')
    expect(splunk(win(undefined, 'system'), 'service_name')).toBe('service.name')
    // computed fields and add-on aliases no table knows stay as written
    expect(splunk(sec, 'isOutlier')).toBe('isOutlier')
    expect(splunk(sec, 'Caller_User_Name')).toBe('Caller_User_Name')
    expect(splunk(sec, 'aceAccessRights')).toBe('aceAccessRights')
    // raw event names are exact: a lowercase `image` is not Sysmon's Image
    expect(splunk(win('process_creation'), 'image')).toBe('image')
    // no winlog.event_data prefix inside a data model search, nor off Windows
    expect(splunk(PROC, 'Foo')).toBe('Foo')
    expect(splunk({ product: 'm365' }, 'Operation')).toBe('Operation')
  })

  it('reads raw CloudTrail searches like Sigma CloudTrail rules', () => {
    const ct: Logsource = { product: 'aws', service: 'cloudtrail' }
    expect(splunk(ct, 'eventName')).toBe('event.action')
    expect(splunk(ct, 'userAgent')).toBe('user_agent.original')
    expect(splunk(ct, 'api.operation')).toBe('api.operation')
  })
})

describe('Elastic: ECS as written, with a few other spellings folded', () => {
  it.each<[Logsource, string, string]>([
    [win('process_creation'), 'process.executable', 'process.executable'],
    [win('process_creation'), 'process.name', 'process.name'],
    [win('process_creation'), 'process.args', 'process.args'],
    [win('process_creation'), 'process.name.caseless', 'process.name'],
    [win(), 'winlog.event_id', 'event.code'],
    [win(), 'winlog.computer_name', 'host.name'],
    [win(), 'winlog.event_data.ProcessName', 'process.executable'],
    [win(), 'winlog.event_data.SubjectUserName', 'user.name'],
    [win(), 'winlog.event_data.ServiceName', 'service.name'],
    [win(), 'winlog.event_data.TargetUserName', 'winlog.event_data.TargetUserName'],
    [win('process_access'), 'winlog.event_data.GrantedAccess', 'winlog.event_data.GrantedAccess'],
    [win('image_load'), 'winlog.event_data.OriginalFileName', 'dll.pe.original_file_name'],
    [
      { product: 'linux', category: 'process_creation' },
      'process.Ext.effective_parent.executable',
      'process.Ext.effective_parent.executable'
    ],
    [{ product: 'aws', service: 'cloudtrail' }, 'event.action', 'event.action'],
    // an Elastic field spelled like a Sigma one is not Sigma's
    [win('process_creation'), 'Image', 'Image'],
    [{}, 'parent_domain', 'parent_domain']
  ])('%j %s → %s', (ls, field, canonical) => {
    expect(elastic(ls, field)).toBe(canonical)
  })
})

describe('the vendors meet on one canonical field', () => {
  const PROC = win('process_creation')
  const SEC = win(undefined, 'security')
  const cases: [string, [Vendor, Logsource, string][]][] = [
    [
      'process.executable',
      [
        ['sigma', PROC, 'Image'],
        ['elastic', PROC, 'process.executable'],
        ['splunk', dm('Endpoint.Processes', PROC), 'process_path'],
        ['splunk', { ...PROC, eventCodes: ['sysmon:1'] }, 'Image'],
        ['splunk', { ...SEC, eventCodes: ['4688'] }, 'NewProcessName'],
        ['sigma', SEC, 'NewProcessName'],
        ['elastic', SEC, 'winlog.event_data.ProcessName']
      ]
    ],
    [
      'process.command_line',
      [
        ['sigma', PROC, 'CommandLine'],
        ['elastic', PROC, 'process.command_line'],
        ['splunk', dm('Endpoint.Processes', PROC), 'process'],
        ['splunk', SEC, 'CommandLine']
      ]
    ],
    [
      'process.name',
      [
        ['elastic', PROC, 'process.name'],
        ['elastic', PROC, 'process.name.caseless'],
        ['splunk', dm('Endpoint.Processes', PROC), 'process_name'],
        ['splunk', { product: 'windows', category: 'file_event' }, 'process_name']
      ]
    ],
    [
      'process.parent.executable',
      [
        ['sigma', PROC, 'ParentImage'],
        ['sigma', SEC, 'ParentProcessName'],
        ['elastic', PROC, 'process.parent.executable'],
        ['splunk', dm('Endpoint.Processes', PROC), 'parent_process_path']
      ]
    ],
    [
      'process.pe.original_file_name',
      [
        ['sigma', PROC, 'OriginalFileName'],
        ['elastic', PROC, 'process.pe.original_file_name'],
        ['splunk', dm('Endpoint.Processes', PROC), 'original_file_name']
      ]
    ],
    [
      'winlog.event_data.GrantedAccess',
      [
        ['sigma', win('process_access'), 'GrantedAccess'],
        ['elastic', win('process_access'), 'winlog.event_data.GrantedAccess'],
        ['splunk', win('process_access'), 'GrantedAccess']
      ]
    ],
    [
      'dll.path',
      [
        ['sigma', win('image_load'), 'ImageLoaded'],
        ['elastic', win('image_load'), 'dll.path'],
        ['splunk', win('image_load'), 'ImageLoaded']
      ]
    ],
    [
      'file.path',
      [
        ['sigma', win('file_event'), 'TargetFilename'],
        ['elastic', win('file_event'), 'file.path'],
        ['splunk', dm('Endpoint.Filesystem'), 'file_path'],
        ['splunk', win('file_event'), 'TargetFilename']
      ]
    ],
    [
      'registry.path',
      [
        ['sigma', win('registry_set'), 'TargetObject'],
        ['elastic', win('registry_set'), 'registry.path'],
        ['splunk', dm('Endpoint.Registry'), 'registry_path'],
        ['splunk', dm('Endpoint.Registry'), 'registry_key_name']
      ]
    ],
    [
      'registry.data.strings',
      [
        ['sigma', win('registry_set'), 'Details'],
        ['elastic', win('registry_set'), 'registry.data.strings'],
        ['splunk', dm('Endpoint.Registry'), 'registry_value_data']
      ]
    ],
    [
      'dns.question.name',
      [
        ['sigma', win('dns_query'), 'QueryName'],
        ['sigma', { category: 'dns' }, 'query'],
        ['elastic', win('dns_query'), 'dns.question.name'],
        ['splunk', dm('Network_Resolution'), 'query'],
        ['splunk', win('dns_query'), 'QueryName']
      ]
    ],
    [
      'powershell.file.script_block_text',
      [
        ['sigma', win('ps_script'), 'ScriptBlockText'],
        ['elastic', win('ps_script'), 'powershell.file.script_block_text'],
        ['splunk', win('ps_script'), 'ScriptBlockText']
      ]
    ],
    [
      'destination.port',
      [
        ['sigma', win('network_connection'), 'DestinationPort'],
        ['elastic', win('network_connection'), 'destination.port'],
        ['splunk', dm('Network_Traffic'), 'dest_port']
      ]
    ],
    [
      'event.code',
      [
        ['sigma', SEC, 'EventID'],
        ['elastic', SEC, 'event.code'],
        ['splunk', SEC, 'EventCode'],
        ['splunk', win('file_event'), 'EventID']
      ]
    ],
    [
      'user.name',
      [
        ['sigma', PROC, 'User'],
        ['sigma', SEC, 'SubjectUserName'],
        ['elastic', SEC, 'user.name'],
        ['elastic', SEC, 'winlog.event_data.SubjectUserName'],
        ['splunk', dm('Endpoint.Processes', PROC), 'user']
      ]
    ],
    [
      'service.name',
      [
        ['sigma', win(undefined, 'system'), 'ServiceName'],
        ['elastic', win(), 'service.name'],
        ['elastic', win(), 'winlog.event_data.ServiceName'],
        ['splunk', win(undefined, 'system'), 'ServiceName']
      ]
    ],
    [
      'url.original',
      [
        ['sigma', { category: 'proxy' }, 'c-uri'],
        ['elastic', {}, 'url.original'],
        ['splunk', dm('Web'), 'url']
      ]
    ],
    [
      'event.action',
      [
        ['sigma', { product: 'aws', service: 'cloudtrail' }, 'eventName'],
        ['elastic', { product: 'aws', service: 'cloudtrail' }, 'event.action'],
        ['splunk', { product: 'aws', service: 'cloudtrail' }, 'eventName']
      ]
    ]
  ]
  it.each(cases)('%s', (canonical, uses) => {
    expect(uses.map(([v, ls, f]) => [v, f, canonicalField(v, ls, f)])).toEqual(
      uses.map(([v, , f]) => [v, f, canonical])
    )
  })
})

describe('unmapped fields and the data', () => {
  it('returns an unknown field as written, for every vendor and logsource', () => {
    const logsources: Logsource[] = [
      {},
      win('process_creation'),
      { product: 'linux', category: 'process_creation' },
      dm('Endpoint.Processes', win('process_creation')),
      { product: 'aws', service: 'cloudtrail' }
    ]
    for (const v of ['sigma', 'elastic', 'splunk'] as const)
      for (const ls of logsources)
        for (const f of ['some.vendor.field', 'x-custom-header', 'a b', '{}.Items{}.Name', ''])
          expect([v, ls, f, canonicalField(v, ls, f)]).toEqual([v, ls, f, f])
  })

  it('is deterministic and leaves the scope test working on canonical names', () => {
    expect(sigma(win('process_creation'), 'Image')).toBe(sigma(win('process_creation'), 'Image'))
    expect(isScopeField(sigma(win(undefined, 'security'), 'EventID'))).toBe(true)
    expect(isScopeField(splunk(win(undefined, 'security'), 'EventCode'))).toBe(true)
    expect(isScopeField(sigma(win(undefined, 'system'), 'Channel'))).toBe(true)
    expect(isScopeField(sigma(win(undefined, 'system'), 'Provider_Name'))).toBe(true)
    expect(isScopeField(sigma(win('process_creation'), 'Image'))).toBe(false)
  })

  const allValues = (): string[] => [
    ...WINDOWS_EVENT_FIELDS.flatMap(t => Object.values(t.fields)),
    ...LOG_FIELDS.flatMap(t => Object.values(t.fields)),
    ...Object.values(CIM_FIELDS),
    ...Object.values(CIM_DATASET_FIELDS).flatMap(r => Object.values(r)),
    ...Object.values(SPLUNK_RAW_FIELDS),
    ...Object.values(ELASTIC_FIELDS)
  ]

  it('maps only to ECS-shaped names or winlog.event_data.<Field>', () => {
    const bad = allValues().filter(
      v => !/^[a-z_]+(\.[a-z_]+)*$/.test(v) && !(v.startsWith(EVENT_DATA_PREFIX) && /^\w+$/.test(v.slice(18)))
    )
    expect(bad).toEqual([])
  })

  it('uses the vocabulary agreed for the value rules', () => {
    const values = new Set(allValues())
    const agreed = [
      'process.executable',
      'process.name',
      'process.command_line',
      'process.parent.executable',
      'process.parent.name',
      'process.parent.command_line',
      'process.pe.original_file_name',
      'process.pe.description',
      'process.pe.product',
      'process.pe.company',
      'process.working_directory',
      'process.pid',
      'process.parent.pid',
      'process.entity_id',
      'winlog.event_data.Hashes',
      'user.name',
      'host.name',
      'file.path',
      'file.name',
      'dll.path',
      'dll.name',
      'registry.path',
      'registry.value',
      'registry.data.strings',
      'destination.ip',
      'destination.port',
      'destination.domain',
      'source.ip',
      'source.port',
      'network.transport',
      'network.direction',
      'dns.question.name',
      'url.original',
      'user_agent.original',
      'powershell.file.script_block_text',
      'event.code',
      'winlog.channel',
      'winlog.provider_name'
    ]
    expect(agreed.filter(f => !values.has(f))).toEqual([])
  })

  it('keeps category-scoped rows to categories that exist', () => {
    const known = new Set([
      'process_creation',
      'image_load',
      'driver_load',
      'process_access',
      'create_remote_thread',
      'registry_add',
      'registry_delete',
      'registry_event',
      'registry_rename',
      'registry_set',
      'network_connection',
      'pipe_created',
      'ps_script',
      'file_rename',
      'proxy',
      'webserver',
      'dns'
    ])
    const scoped = [...WINDOWS_EVENT_FIELDS, ...LOG_FIELDS].flatMap(t => t.categories ?? [])
    expect(scoped.filter(c => !known.has(c))).toEqual([])
    // the Windows event tables are scoped by category only (Elastic has no Sigma service)
    expect(WINDOWS_EVENT_FIELDS.filter(t => t.services !== undefined).map(t => t.about)).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------
// The public corpus, read in place (never copied): how far the tables reach.

const CORPUS = path.resolve(process.cwd(), '../shared/corpus')
const hasCorpus = fs.existsSync(path.join(CORPUS, 'sigma')) && fs.existsSync(path.join(CORPUS, 'splunk'))
if (!hasCorpus) console.log(`Corpus not found at ${CORPUS}: skipping the field coverage tests`)

function walk(dir: string, exts: string[], out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, exts, out)
    else if (exts.some(x => e.name.endsWith(x))) out.push(p)
  }
  return out.sort()
}

/** A field the tables gave an ECS name (not kept as written, not only prefixed). */
const ecsMapped = (sourceField: string, field: string): boolean =>
  field !== sourceField && field !== EVENT_DATA_PREFIX + sourceField

;(hasCorpus ? describe : describe.skip)('field coverage over the corpus', () => {
  const read = (vendor: Vendor): Rule[] => {
    const rules: Rule[] = []
    if (vendor === 'sigma')
      for (const d of ['rules', 'rules-emerging-threats', 'rules-threat-hunting'])
        for (const f of walk(path.join(CORPUS, 'sigma', d), ['.yml']))
          rules.push(...sigmaFormat.parse(path.relative(CORPUS, f), fs.readFileSync(f, 'utf8')).rules)
    if (vendor === 'elastic')
      for (const f of walk(path.join(CORPUS, 'elastic', 'rules'), ['.toml']))
        rules.push(...elasticFormat.parse(path.relative(CORPUS, f), fs.readFileSync(f, 'utf8')).rules)
    if (vendor === 'splunk') {
      refreshSplunkDefinitions()
      const context = {
        splunkMacros: [path.join(CORPUS, 'splunk', 'macros')],
        splunkDataSources: [path.join(CORPUS, 'splunk', 'data_sources')]
      }
      for (const f of walk(path.join(CORPUS, 'splunk', 'detections'), ['.yml']))
        rules.push(
          ...splunkFormat.parse(path.relative(CORPUS, f), fs.readFileSync(f, 'utf8'), { ...context, file: f })
            .rules
        )
    }
    return rules
  }
  const byVendor = new Map<Vendor, Rule[]>()
  const rulesOf = (v: Vendor): Rule[] => {
    let rules = byVendor.get(v)
    if (!rules) byVendor.set(v, (rules = read(v)))
    return rules
  }

  it('gives an ECS name to most distinct fields of Sigma Windows endpoint rules', () => {
    const categories = new Set([
      'process_creation',
      'file_event',
      'network_connection',
      'dns_query',
      'image_load',
      'registry_add',
      'registry_delete',
      'registry_event',
      'registry_set'
    ])
    const pairs = new Map<string, boolean>()
    for (const rule of rulesOf('sigma')) {
      const { product, category } = rule.logsource
      if (product !== 'windows' || category === undefined || !categories.has(category)) continue
      for (const q of rule.queries)
        for (const p of predicates(q.expr))
          if (p.sourceField !== null && p.field !== null)
            pairs.set(`${category}|${p.sourceField}`, ecsMapped(p.sourceField, p.field))
    }
    const mapped = [...pairs.values()].filter(Boolean).length
    const unmapped = [...pairs].filter(([, m]) => !m).map(([k]) => k)
    console.log(
      `Sigma windows endpoint rules: ${mapped}/${pairs.size} distinct (category, field) uses get an ECS name ` +
        `(${((100 * mapped) / pairs.size).toFixed(1)}%); the rest: ${unmapped.sort().join(', ')}`
    )
    expect(pairs.size).toBeGreaterThan(50)
    expect(mapped / pairs.size).toBeGreaterThanOrEqual(0.78) // measured 53/66 = 80.3%
  })

  it('maps most fields Sigma documents for those categories', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(CORPUS, 'sigma', 'logsource-fields.json'), 'utf8')) as {
      legit: { windows: { category: Record<string, string[]> } }
    }
    const categories = ['process_creation', 'file_event', 'network_connection', 'dns_query', 'image_load']
    const fields = categories.flatMap(c => (doc.legit.windows.category[c] ?? []).map(f => [c, f] as const))
    for (const c of ['registry_add', 'registry_delete', 'registry_event', 'registry_set'])
      for (const f of doc.legit.windows.category[c] ?? []) fields.push([c, f])
    const mapped = fields.filter(([c, f]) => ecsMapped(f, sigma(win(c), f))).length
    console.log(`logsource-fields.json: ${mapped}/${fields.length} documented fields get an ECS name`)
    expect(fields.length).toBeGreaterThan(50)
    expect(mapped / fields.length).toBeGreaterThanOrEqual(0.77) // measured 74/93 = 79.6%
  })

  it('makes the vendors share canonical fields', () => {
    const sets = new Map<Vendor, Set<string>>()
    for (const v of ['sigma', 'elastic', 'splunk'] as const) {
      const s = new Set<string>()
      for (const rule of rulesOf(v))
        for (const q of rule.queries) for (const p of predicates(q.expr)) if (p.field !== null) s.add(p.field)
      sets.set(v, s)
    }
    const all = new Set([...sets.values()].flatMap(s => [...s]))
    const sharedBy = (n: number): number =>
      [...all].filter(f => [...sets.values()].filter(s => s.has(f)).length === n).length
    console.log(
      `distinct canonical fields: ${[...sets].map(([v, s]) => `${v} ${s.size}`).join(', ')}; ` +
        `shared by 2 vendors ${sharedBy(2)}, by 3 vendors ${sharedBy(3)}`
    )
    for (const f of [
      'process.executable',
      'process.command_line',
      'process.name',
      'dll.path',
      'registry.path',
      'dns.question.name',
      'powershell.file.script_block_text',
      'event.code',
      'winlog.event_data.GrantedAccess'
    ])
      expect([f, [...sets].filter(([, s]) => s.has(f)).map(([v]) => v)]).toEqual([
        f,
        f === 'process.name' ? ['elastic', 'splunk'] : ['sigma', 'elastic', 'splunk']
      ])
    expect(sharedBy(3)).toBeGreaterThanOrEqual(50) // measured 59 (1 with names as written)
    expect(sharedBy(2) + sharedBy(3)).toBeGreaterThanOrEqual(130) // measured 147 (112 as written)
  })
})
