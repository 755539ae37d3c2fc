#pragma once

#include "app/Cli.h"

namespace carillon::app {

// The desktop client's composition: the application object, the data folder and its secrets,
// the backend the windows talk to, and the participants that start once the first frame is on
// screen (the assistant, the link server, the sweep of stray files). Runs until the last
// window closes; returns the exit status.
int runWindow(int &argc, char **argv, const cli::WindowRequest &request);

} // namespace carillon::app
