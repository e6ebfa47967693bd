import { cloudformationReader } from './cloudformation/cloudformation-reader.ts';
import { dockerfileReader } from './dockerfile/dockerfile-reader.ts';
import type { IacFormatReader } from './iac-format-reader.ts';
import { kubernetesReader } from './kubernetes/kubernetes-reader.ts';
import { terraformReader } from './terraform/read-terraform.ts';
import { terraformPlanReader } from './terraform/terraform-plan.ts';

/** Registry of IaC formats; the first reader that claims a file (and sniffs it, when it sniffs) reads it. */
export const iacFormatReaders: readonly IacFormatReader[] = [kubernetesReader, cloudformationReader, terraformReader, terraformPlanReader, dockerfileReader];
