// The id of the JSON data block that carries the bundled dataset inside the built index.html.
export const EMBEDDED_DATASET_ELEMENT_ID = 'bundled-dataset'
